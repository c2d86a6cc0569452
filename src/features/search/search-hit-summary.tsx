import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { DateText } from "@/components/entities/date-text";
import { ZhText } from "@/components/entities/zh-text";
import type { SearchHitDescription } from "@/domain/search/describe-search-hit";
import { toHighlightSegments, toSnippetSegments } from "@/domain/search/highlight";
import type { HighlightTerms } from "@/domain/search/match-query";
import { HighlightedText } from "@/components/entities/highlighted-text";

interface SearchHitSummaryProps {
  description: SearchHitDescription;
  highlight: HighlightTerms;
  /** Compact (the header's list) clamps the title and passage to a line or two. */
  isCompact?: boolean;
}

/** A result's title, Chinese title, matching passage and facts, with the matches marked. */
export function SearchHitSummary({
  description,
  highlight,
  isCompact = false,
}: SearchHitSummaryProps) {
  const { title, titleZh, passage, facts, date, added } = description;
  return (
    <>
      <span className={`block font-medium ${isCompact ? "line-clamp-2" : ""}`}>
        <HighlightedText segments={toHighlightSegments(title, highlight)} />
      </span>
      {titleZh && (
        <ZhText className="block text-sm text-stone-700 dark:text-stone-300">
          <HighlightedText segments={toHighlightSegments(titleZh, highlight)} />
        </ZhText>
      )}
      {passage && (
        <span
          className={`block text-sm text-stone-600 dark:text-stone-400 ${isCompact ? "line-clamp-1" : ""}`}
        >
          <HighlightedText segments={toSnippetSegments(passage, highlight, isCompact ? 90 : 220)} />
        </span>
      )}
      <span className="block text-xs text-stone-600 dark:text-stone-400">
        {date && (
          <>
            <DateText date={date} />
            {facts.length > 0 && " · "}
          </>
        )}
        <HighlightedText
          segments={toHighlightSegments(facts.filter(Boolean).join(" · "), highlight)}
        />
      </span>
      {added && (
        <span className="mt-0.5 block">
          <AddedOnDeviceMark added={added} />
        </span>
      )}
    </>
  );
}
