import type { TextSegment } from "@/domain/text-segment";

/** Text with the matched parts in <mark>; plain strings only, never HTML. */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, at) =>
        segment.isMatch ? (
          <mark
            key={at}
            className="rounded-sm bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-700/60 dark:text-stone-50"
          >
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
