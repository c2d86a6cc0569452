export const ANNOTATION_NOTE = "annotation: from public knowledge, not stated in the brief";

/**
 * A discreet mark on a fact the brief does not state (a sector, a company's home country, a
 * deal kind): a dagger, with the explanation on hover and for screen readers.
 */
export function AnnotationMark({ isAnnotated, what }: { isAnnotated: boolean; what: string }) {
  if (!isAnnotated) return null;
  const note = `${what}: ${ANNOTATION_NOTE}`;
  return (
    <sup title={note} className="ml-0.5 cursor-help text-stone-600 dark:text-stone-400">
      <span aria-hidden="true">†</span>
      <span className="sr-only"> ({note})</span>
    </sup>
  );
}
