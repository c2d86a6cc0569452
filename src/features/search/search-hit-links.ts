import { paths } from "@/config/paths";
import { ISSUER_PARAM } from "@/core/url-params";
import type { SearchRecord } from "@/domain/search/search-documents";

export interface SearchHitLink {
  label: string;
  href: string;
}

/**
 * Where a result leads: a policy to its place on the timeline, a target or corporate news item
 * to its anchor in the brief, a company or an issuing body to its page, a brief
 * to itself.
 */
export function toSearchHitHref(record: SearchRecord): string {
  switch (record.kind) {
    case "policy":
      return paths.timeline.href({ item: record.item.id });
    case "target":
    case "news":
      return paths.brief.href(record.item.briefId, record.item.id);
    case "company":
      return paths.company.href(record.item.id);
    case "issuer":
      return paths.body.href(record.item.id);
    case "brief":
      return paths.brief.href(record.item.id);
  }
}

/** Other useful places for a result, offered beside it on the search page. */
export function toSearchHitLinks(record: SearchRecord): SearchHitLink[] {
  switch (record.kind) {
    case "policy":
      return [
        { label: "In the brief", href: paths.brief.href(record.item.briefId, record.item.id) },
      ];
    case "target":
      return [
        {
          label: "Its policy on the timeline",
          href: paths.timeline.href({ item: record.item.policyId }),
        },
      ];
    case "news": {
      const { companies } = record.item;
      if (companies.length === 0) return [];
      return [
        {
          label: `Corporate news of ${companies.map((company) => company.name).join(", ")}`,
          href: paths.news.href({ company: companies.map((company) => company.id) }),
        },
      ];
    }
    case "company":
      return [{ label: "Its corporate news", href: paths.news.href({ company: record.item.id }) }];
    case "issuer":
      return [
        {
          label: "Its policies on the timeline",
          href: paths.timeline.href({ [ISSUER_PARAM]: record.item.id }),
        },
        { label: "Its targets", href: paths.targets.href({ [ISSUER_PARAM]: record.item.id }) },
      ];
    case "brief":
      return [];
  }
}
