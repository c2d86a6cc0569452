import type { ChartTable } from "@/core/chart-spec";

/** A plain, accessible table of a chart's numbers. */
export function DataTable({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <div className="max-h-96 overflow-auto rounded-md border border-stone-200 dark:border-stone-800">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-stone-100 dark:bg-stone-800">
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`px-3 py-2 font-medium ${column.numeric ? "text-right" : "text-left"}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, at) => (
            <tr key={at} className="border-t border-stone-200 dark:border-stone-800">
              {table.columns.map((column) => (
                <td
                  key={column.key}
                  className={`px-3 py-1.5 ${column.numeric ? "text-right tabular-nums" : ""}`}
                >
                  {row[column.key] ?? "–"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
