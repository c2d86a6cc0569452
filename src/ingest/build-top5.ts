/**
 * Top 5 drafts to schema records: issuing bodies resolved through the registry (the printed
 * list, checked against the lead issuer and co-issuer count of the Chinese title), ids and
 * sectors from the annotations.
 */
import type { Top5ItemFile } from "@/data/schema";
import { toNamedSources } from "@/domain/named-sources";
import { annotatedIdentity, annotatedSectors, claimId, type BuildContext } from "./build-context";
import type { Top5Draft } from "./parse-top5";
import { proposeIssuer } from "./registry-proposals";
import { resolveChineseTitleIssuers, resolveIssuerList } from "./resolve-issuers";
import { idFromWords } from "./slugs";

export interface BuiltTop5 {
  item: Top5ItemFile;
  horizonYear: number | null;
}

export function buildTop5(drafts: readonly Top5Draft[], context: BuildContext): BuiltTop5[] {
  return drafts.flatMap((draft): BuiltTop5[] => {
    const issuingBodies = resolveTop5Issuers(draft, context);
    if (issuingBodies.length === 0) {
      const reason = `Top 5 item ${draft.rank} names no issuing body from the registry`;
      context.report.reject(draft.lines, reason);
      return [];
    }
    const annotation = context.annotations.top5(draft.rank);
    const line = draft.lines[0] ?? null;
    const { sectors, annotated } = annotatedSectors(annotation?.sectors);
    const identity = annotatedIdentity(annotation);
    const stage = annotation?.stage;
    const item: Top5ItemFile = {
      id: claimId(context, annotation?.id, idFromWords(draft.date, draft.headline), line),
      rank: draft.rank,
      headline: draft.headline,
      atAGlance: draft.atAGlance,
      bullets: draft.bullets,
      details: draft.details,
      comment: draft.comment,
      document: { titleEn: draft.titleEn, titleZh: draft.titleZh, ...(stage ? { stage } : {}) },
      issuingBodies,
      date: draft.date,
      sectors,
      sources: toSourceLinks(draft.sources),
      ...identity.links,
      references: toSourceLinks(draft.references),
      annotated: [...annotated, ...(stage ? ["document.stage"] : []), ...identity.annotated],
    };
    context.report.itemFrom(item.id, draft.lines);
    return [{ item, horizonYear: draft.horizonYear }];
  });
}

function resolveTop5Issuers(draft: Top5Draft, context: BuildContext): string[] {
  const { registries, report, annotations } = context;
  const line = draft.issuersLine;
  const listed = resolveIssuerList(draft.issuersText, registries.issuingBodies);
  listed.unknown.forEach((unknown) => proposeIssuer(unknown, line, annotations, report));
  if (!draft.titleZh) return listed.ids;
  const title = resolveChineseTitleIssuers(draft.titleZh, registries.issuingBodies);
  title.unknown.forEach((unknown) => proposeIssuer(unknown, line, annotations, report));
  const lead = title.ids[0];
  if (lead && listed.ids.length > 0 && listed.ids[0] !== lead) {
    report.warn(
      line,
      `the Chinese title names '${lead}' first, the issuing bodies line '${listed.ids[0] ?? ""}'`,
    );
  }
  const listedCount = listed.ids.length + listed.unknown.length;
  if (title.count !== null && listedCount > 0 && title.count !== listedCount) {
    report.warn(
      line,
      `the Chinese title counts ${title.count} issuing bodies, the issuing bodies line lists ${listedCount}`,
    );
  }
  if (listed.ids.length === 0 && title.ids.length > 0) {
    report.warn(line, "issuing bodies taken from the Chinese title");
    return title.ids;
  }
  return listed.ids;
}

/** Links as schema records, named sources only: a bare "Link" cites nothing. */
export function toSourceLinks(links: readonly { label: string; url: string | null }[]): {
  label: string;
  url?: string;
}[] {
  return toNamedSources(links).map((link) =>
    link.url ? { label: link.label, url: link.url } : { label: link.label },
  );
}
