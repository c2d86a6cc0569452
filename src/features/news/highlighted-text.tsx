import { Fragment, useMemo } from "react";
import { splitHighlights } from "@/domain/news/highlight-matches";

/** Text with the search matches marked; always rendered as text, never as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const segments = useMemo(() => splitHighlights(text, terms), [text, terms]);
  return (
    <>
      {segments.map((segment, at) => (
        <Fragment key={at}>
          {segment.match ? (
            <mark className="rounded-sm bg-amber-200 text-stone-950 dark:bg-amber-300">
              {segment.text}
            </mark>
          ) : (
            segment.text
          )}
        </Fragment>
      ))}
    </>
  );
}
