/** The box a chart tooltip shows: a heading and a few lines, readable in both themes. */
export function ChartTooltipCard({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <div className="max-w-xs rounded-md border border-stone-200 bg-white px-3 py-2 text-sm shadow-md dark:border-stone-700 dark:bg-stone-900">
      <p className="font-medium">{title}</p>
      {lines.map((line) => (
        <p key={line} className="text-stone-600 dark:text-stone-300">
          {line}
        </p>
      ))}
    </div>
  );
}
