/** What the dagger means; said once near a list of marked facts and in every mark's tooltip. */
export const ANNOTATION_NOTE = "from public knowledge, not stated in the brief";

/**
 * Marks a fact the brief does not state (a sector, a company's home country, a deal kind): a
 * dagger with the explanation on hover and for screen readers.
 */
export function AnnotationMark({ what }: { what: string }) {
  const note = `${what} is an annotation: ${ANNOTATION_NOTE}`;
  return (
    <sup title={note} className="ml-0.5 cursor-help text-stone-600 dark:text-stone-400">
      <span aria-hidden="true">†</span>
      <span className="sr-only"> ({note})</span>
    </sup>
  );
}
