import { countText, formatCount } from "@/lib/count-text";

interface CountedOptionProps {
  type: "radio" | "checkbox";
  /** The radio group's name; checkboxes need none. */
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What the option says: "Top 5", "2025". */
  label: string;
  /** Shown beside the label; null while it is not known yet. */
  count: number | null;
  /** What is counted, singular and plural: ["policy", "policies"]. */
  noun: readonly [string, string?];
}

/**
 * One option of a filter with its count at the right: "Top 5 ···· 5". Its accessible name is
 * written out whole ("Top 5, 5 policies"): a visually hidden span is positioned out of flow, which
 * Chrome reads as a block and so puts a space before its comma ("Top 5 , 5 policies").
 */
export function CountedOption({
  type,
  name,
  checked,
  onChange,
  label,
  count,
  noun,
}: CountedOptionProps) {
  const [singular, plural] = noun;
  return (
    <label className="flex items-center gap-2 py-0.5">
      <input
        type={type}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-label={count === null ? label : `${label}, ${countText(count, singular, plural)}`}
        className="h-4 w-4 shrink-0 accent-accent-700"
      />
      <span className="flex-1">{label}</span>
      {count !== null && (
        <span
          aria-hidden="true"
          className="tabular-nums text-xs text-stone-500 dark:text-stone-400"
        >
          {formatCount(count)}
        </span>
      )}
    </label>
  );
}
