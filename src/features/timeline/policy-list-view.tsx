import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { DateText } from "@/components/entities/date-text";
import { IssuerTags } from "@/components/entities/issuer-tags";
import { SortableHeader } from "@/components/ui/sortable-header";
import type { Policy } from "@/data/model";
import { ITEM_KINDS } from "@/core/item-kinds";
import { policyTitle } from "@/domain/timeline/policy-label";
import { sortPolicies } from "@/domain/timeline/sort-policies";
import type { ListSort } from "@/domain/timeline/timeline-filters";
import { countText } from "@/lib/count-text";

const SORT_NAMES: Record<ListSort, string> = {
  "date-desc": "date, newest first",
  "date-asc": "date, oldest first",
  "issuer-asc": "lead issuer, A to Z",
  "issuer-desc": "lead issuer, Z to A",
};

type SortColumn = "date" | "issuer";

/** The order a click on a column's header asks for: the other direction, or its first. */
function nextSort(column: SortColumn, sort: ListSort): ListSort {
  if (sort.startsWith(column)) return `${column}-${sort.endsWith("desc") ? "asc" : "desc"}`;
  return column === "date" ? "date-desc" : "issuer-asc";
}

/**
 * The filtered policies as a table, for keyboard and screen-reader users and quick scanning.
 * Rows are virtualised against the page scroll, so ten thousand rows cost a screenful.
 */
export function PolicyListView({
  policies,
  sort,
  onSort,
  onOpen,
}: {
  policies: readonly Policy[];
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  onOpen: (policyId: string) => void;
}) {
  const rows = useMemo(() => sortPolicies(policies, sort), [policies, sort]);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const top = bodyRef.current?.getBoundingClientRect().top ?? 0;
    setScrollMargin(top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 60,
    overscan: 10,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? scrollMargin) - scrollMargin;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? scrollMargin) - scrollMargin);
  const direction = (column: SortColumn) =>
    sort.startsWith(column) ? (sort.endsWith("desc") ? "desc" : "asc") : null;

  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <table aria-rowcount={rows.length + 1} className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-stone-600 dark:text-stone-400">
          {countText(rows.length, "policy", "policies")}, by {SORT_NAMES[sort]}
        </caption>
        <thead className="bg-stone-100 text-left dark:bg-stone-800">
          <tr aria-rowindex={1}>
            <SortableHeader
              label="Date"
              direction={direction("date")}
              onSort={() => onSort(nextSort("date", sort))}
              className="w-32"
            />
            <th scope="col" className="w-24 px-3 py-2 font-medium">
              Kind
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Policy
            </th>
            <SortableHeader
              label="Issuing bodies"
              direction={direction("issuer")}
              onSort={() => onSort(nextSort("issuer", sort))}
              className="w-56"
            />
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {before > 0 && (
            <tr aria-hidden="true">
              <td colSpan={4} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const policy = rows[item.index];
            if (!policy) return null;
            return (
              <tr
                key={policy.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className="border-t border-stone-200 align-top dark:border-stone-800"
              >
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  <DateText date={policy.date} short />
                </td>
                <td className="px-3 py-2">{ITEM_KINDS[policy.kind].label}</td>
                <td className="px-3 py-2">
                  <button
                    type="button"
                    data-policy={policy.id}
                    onClick={() => onOpen(policy.id)}
                    className="print-keep text-left font-medium text-accent-700 hover:underline dark:text-accent-100"
                  >
                    {policyTitle(policy)}
                  </button>
                  {policy.added && (
                    <div className="mt-1">
                      <AddedOnDeviceMark added={policy.added} />
                    </div>
                  )}
                </td>
                <td className="px-3 py-2">
                  <IssuerTags issuers={policy.issuingBodies} />
                </td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true">
              <td colSpan={4} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
