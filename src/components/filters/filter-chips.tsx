import { Button } from "@/components/ui/button";
import { RemovableChip } from "@/components/ui/chip";

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
        <RemovableChip
          key={chip.key}
          label={chip.label}
          removeLabel={`Remove filter ${chip.label}`}
          onRemove={chip.onRemove}
        />
      ))}
      {chips.length > 1 && (
        <Button variant="link" onClick={onClearAll} className="text-xs">
          Clear all
        </Button>
      )}
    </div>
  );
}
