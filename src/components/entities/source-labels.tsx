import type { SourceLink } from "@/data/model";

/** Source labels as printed; a link only when the data holds a real http(s) address. */
export function SourceLabels({ sources }: { sources: SourceLink[] }) {
  if (sources.length === 0) return null;
  return (
    <span className="text-xs text-stone-500 dark:text-stone-400">
      Source:{" "}
      {sources.map((source, at) => (
        <span key={`${source.label}-${at}`}>
          {at > 0 && ", "}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer" className="underline">
              {source.label}
            </a>
          ) : (
            source.label
          )}
        </span>
      ))}
    </span>
  );
}
