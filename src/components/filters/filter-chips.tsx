export interface FilterChip {
  /** Unique per chip, e.g. "issuer:miit". */
  key: string;
  /** What the chip says: "MIIT", "From 2023-04-01", "Text: IPv6". */
  label: string;
  onRemove: () => void;
}

/** The active filters as removable chips, with "Clear all" when there is more than one. */
export function FilterChips({
  chips,
  onClearAll,
}: {
  chips: readonly FilterChip[];
  onClearAll: () => void;
}) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Active filters">
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          onClick={chip.onRemove}
          aria-label={`Remove filter ${chip.label}`}
          className="inline-flex items-center gap-1 rounded-full bg-accent-50 px-2.5 py-1 text-xs font-medium text-accent-800 hover:bg-accent-100 dark:bg-stone-800 dark:text-accent-100 dark:hover:bg-stone-700"
        >
          {chip.label}
          <span aria-hidden="true">×</span>
        </button>
      ))}
      {chips.length > 1 && (
        <button
          type="button"
          onClick={onClearAll}
          className="text-xs font-medium text-stone-600 underline dark:text-stone-300"
        >
          Clear all
        </button>
      )}
    </div>
  );
}
