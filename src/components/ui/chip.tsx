/**
 * A removable chip: it says what is chosen, and a click (or Enter, Space: a native button)
 * removes it. Its accessible name says so: "Remove filter MIIT".
 */
export function RemovableChip({
  label,
  removeLabel,
  onRemove,
}: {
  label: string;
  /** The accessible name: what the click does. */
  removeLabel: string;
  onRemove: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onRemove}
      aria-label={removeLabel}
      className="inline-flex items-center gap-1 rounded-full bg-accent-50 px-2.5 py-1 text-xs font-medium text-accent-800 hover:bg-accent-100 dark:bg-stone-800 dark:text-accent-100 dark:hover:bg-stone-700"
    >
      {label}
      <span aria-hidden="true">×</span>
    </button>
  );
}
