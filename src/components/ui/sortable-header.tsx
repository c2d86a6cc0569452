export type SortDirection = "asc" | "desc";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * A table column header that sorts: `aria-sort` on the header cell, and a button (its name is
 * the column's) that asks for the next order; the arrow is decoration.
 */
export function SortableHeader({
  label,
  direction,
  onSort,
  className = "",
}: {
  label: string;
  /** The order this column sorts the table in, or null when another column does. */
  direction: SortDirection | null;
  onSort: () => void;
  /** Width classes of the column. */
  className?: string;
}) {
  return (
    <th
      scope="col"
      aria-sort={direction === null ? "none" : ARIA_SORT[direction]}
      className={`px-3 py-2 ${className}`}
    >
      <button
        type="button"
        onClick={onSort}
        className="inline-flex items-center gap-1 font-medium hover:underline"
      >
        {label}
        <span aria-hidden="true">
          {direction === null ? "↕" : direction === "desc" ? "↓" : "↑"}
        </span>
      </button>
    </th>
  );
}
