import type { SourceLink } from "@/data/model";
import { splitByReferences } from "@/domain/briefs/split-references";

/**
 * A paragraph with the brief's in-text links marked where they were: a link when the address
 * is known, otherwise the phrase underlined with a note that the brief linked it.
 */
export function TextWithReferences({
  text,
  references,
}: {
  text: string;
  references: readonly SourceLink[];
}) {
  return (
    <>
      {splitByReferences(text, references).map((part, at) =>
        part.reference === null ? (
          part.text
        ) : part.reference.url ? (
          <a
            key={at}
            href={part.reference.url}
            target="_blank"
            rel="noopener noreferrer"
            className="underline"
          >
            {part.text}
          </a>
        ) : (
          <span
            key={at}
            title="Linked in the brief; the address was not kept"
            className="underline decoration-stone-400 decoration-dotted underline-offset-2"
          >
            {part.text}
          </span>
        ),
      )}
    </>
  );
}
