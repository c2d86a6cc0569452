import { formatCalendarDate, type CalendarDate } from "@/core/calendar-date";
import { ITEM_KINDS } from "@/core/item-kinds";
import type { AddedOnDevice } from "@/data/model";
import type { HighlightTerms } from "@/domain/search/match-query";
import { hasHighlight } from "@/domain/search/highlight";
import type { SearchKind, SearchRecord } from "@/domain/search/search-documents";

/** Result group headings. */
export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  issuer: "Issuing bodies",
  company: "Companies",
  policy: "Policies",
  target: "Targets",
  news: "Corporate news",
  brief: "Briefs",
};

/** What a result shows: a title (and its Chinese form), a passage that matched, small facts. */
export interface SearchHitDescription {
  title: string;
  titleZh: string | null;
  /** A longer text in which the query matched, shown as a snippet; null when the title says it. */
  passage: string | null;
  facts: string[];
  date: CalendarDate | null;
  /** Set when the record comes from a brief added on this device. */
  added: AddedOnDevice | null;
}

const acronyms = (bodies: readonly { acronym: string }[]) =>
  bodies.map((b) => b.acronym).join(", ");

/** The first of `texts` in which the query matched, or null. */
function matchingPassage(texts: readonly (string | null)[], highlight: HighlightTerms) {
  return texts.find((text): text is string => !!text && hasHighlight(text, highlight)) ?? null;
}

/** Describes a search hit for a result list, choosing the passage where the query matched. */
export function describeSearchHit(
  record: SearchRecord,
  highlight: HighlightTerms,
): SearchHitDescription {
  switch (record.kind) {
    case "issuer": {
      const { item } = record;
      const passage = matchingPassage(item.aliases, highlight);
      return {
        title: `${item.acronym} · ${item.nameEn}`,
        titleZh: item.nameZh,
        passage: passage && `Also called ${passage}`,
        facts: [item.kind.replaceAll("-", " ")],
        date: null,
        added: null,
      };
    }
    case "company": {
      const { item } = record;
      const passage = matchingPassage(item.aliases, highlight);
      return {
        title: item.name,
        titleZh: item.nameZh,
        passage: passage && `Also called ${passage}`,
        facts: [item.country.nameEn],
        date: null,
        added: null,
      };
    }
    case "policy": {
      const { item } = record;
      const title = item.headline ?? item.summary;
      const texts = [
        item.title.en,
        item.summary,
        ...item.bullets,
        ...item.details,
        ...item.comment,
      ];
      const passage = matchingPassage(
        texts.filter((text) => text !== title),
        highlight,
      );
      return {
        title,
        titleZh: item.title.zh,
        passage: passage ?? (item.headline ? item.summary : null),
        facts: [
          item.kind === "top5" ? `Top 5 no. ${item.rank}` : ITEM_KINDS[item.kind].label,
          acronyms(item.issuingBodies),
        ],
        date: item.date,
        added: item.added,
      };
    }
    case "target": {
      const { item, policy } = record;
      return {
        title: item.text,
        titleZh: null,
        passage: null,
        facts: [
          item.sector.nameEn,
          ...(item.targetYear === null ? [] : [`by ${item.targetYear}`]),
          ...(policy
            ? [`set by ${acronyms(policy.issuingBodies)}: ${policy.headline ?? policy.summary}`]
            : []),
        ],
        date: policy?.date ?? null,
        added: item.added,
      };
    }
    case "news": {
      const { item } = record;
      return {
        title: item.text,
        titleZh: null,
        passage: null,
        facts: [item.companies.map((company) => company.name).join(", ")],
        date: item.date,
        added: item.added,
      };
    }
    case "brief": {
      const { item } = record;
      const { start, end } = item.reportingPeriod;
      return {
        title: `${item.series}, ${formatCalendarDate(item.publishedOn)}`,
        titleZh: null,
        passage: null,
        facts: [
          `Reporting period ${formatCalendarDate(start)} – ${formatCalendarDate(end)}`,
          ...item.authors.map((person) => person.name),
        ],
        date: null,
        added: item.added,
      };
    }
  }
}
