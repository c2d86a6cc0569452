/**
 * News drafts to schema records. A policy news item's issuing bodies are the subject of its
 * first sentence; a corporate news item's companies are every company it names, and its place is
 * where its words or annotations put it. The deal kind comes from the annotations or, failing
 * that, from the item's wording (and the report says so).
 */
import type { DealKind } from "@/core/deal-kinds";
import type { CorporateNewsFile, PolicyNewsFile } from "@/data/schema";
import { annotatedIdentity, annotatedSectors, claimId, type BuildContext } from "./build-context";
import { toSourceLinks } from "./build-top5";
import { findNames, issuerEntries, uniqueIds } from "./entity-registries";
import type { NewsDraft } from "./parse-news";
import { proposeCompany, proposeIssuer } from "./registry-proposals";
import { resolveCompanies } from "./resolve-companies";
import { resolveSubjectIssuers } from "./resolve-issuers";
import { locateCorporateNews } from "./locate-news";
import { idFromWords } from "./slugs";

const DEAL_WORDS: [RegExp, DealKind][] = [
  [/\b(?:JV|joint[- ]venture)\b/i, "joint-venture"],
  [/\b(?:acquir\w*|acquisition|takeover)\b/i, "acquisition"],
  [/\b(?:agreements?|MoU|memorandum|partnership)\b/i, "agreement"],
  [/\border\b/i, "order"],
  [/\b(?:factory|plant|gigafactory)\b/i, "factory"],
  [/\binvest\w*/i, "investment"],
  [/\b(?:launch\w*|unveil\w*)\b/i, "product"],
];

export function buildPolicyNews(
  drafts: readonly NewsDraft[],
  context: BuildContext,
): PolicyNewsFile[] {
  const { registries, report, annotations } = context;
  return drafts.flatMap((draft): PolicyNewsFile[] => {
    const line = draft.lines[0] ?? null;
    const subject = resolveSubjectIssuers(draft.text, registries.issuingBodies);
    subject.unknown.forEach((unknown) => proposeIssuer(unknown, line, annotations, report));
    let issuingBodies = subject.ids;
    if (issuingBodies.length === 0) {
      issuingBodies = uniqueIds(
        findNames(draft.text, issuerEntries(registries.issuingBodies)),
      ).slice(0, 1);
      if (issuingBodies.length > 0) {
        report.warn(
          line,
          // Stryker disable next-line StringLiteral: issuingBodies[0] exists in this branch (length > 0), so the "" fallback is never used
          `the item's subject names no issuing body; '${issuingBodies[0] ?? ""}' is the first one it mentions`,
        );
      }
    }
    if (issuingBodies.length === 0) {
      report.reject(draft.lines, "policy news item names no issuing body from the registry");
      return [];
    }
    const annotation = annotations.policyNews(draft.text);
    const { sectors, annotated } = annotatedSectors(annotation?.sectors);
    const identity = annotatedIdentity(annotation);
    const document =
      annotation?.document || annotation?.stage
        ? {
            titleZh: annotation.document?.titleZh ?? null,
            ...(annotation.document?.number ? { number: annotation.document.number } : {}),
            ...(annotation.stage ? { stage: annotation.stage } : {}),
          }
        : undefined;
    const id = claimId(context, annotation?.id, idFromWords(draft.date, draft.text), line);
    report.itemFrom(id, draft.lines);
    return [
      {
        id,
        date: draft.date,
        issuingBodies,
        text: draft.text,
        ...(document ? { document } : {}),
        sectors,
        sources: toSourceLinks(draft.sources),
        ...identity.links,
        annotated: [...annotated, ...(document ? ["document"] : []), ...identity.annotated],
      },
    ];
  });
}

export function buildCorporateNews(
  drafts: readonly NewsDraft[],
  context: BuildContext,
): CorporateNewsFile[] {
  const { registries, report, annotations } = context;
  return drafts.flatMap((draft): CorporateNewsFile[] => {
    const line = draft.lines[0] ?? null;
    const resolved = resolveCompanies(draft.text, registries);
    resolved.problems.forEach((problem) => report.warn(line, problem));
    resolved.unknown.forEach((unknown) => proposeCompany(unknown, line, annotations, report));
    if (resolved.ids.length === 0) {
      report.reject(draft.lines, "corporate news item names no company from the registry");
      return [];
    }
    const annotation = annotations.corporateNews(draft.text);
    const inferred = DEAL_WORDS.find(([pattern]) => pattern.test(draft.text))?.[1] ?? "other";
    if (!annotation?.dealKind) {
      report.warn(
        line,
        `deal kind '${inferred}' read from the item's wording; confirm it in the annotations file`,
      );
    }
    const { sectors, annotated } = annotatedSectors(annotation?.sectors);
    const place = locateCorporateNews(draft.text, annotation?.location, registries.countries);
    place.problems.forEach((problem) => report.warn(line, problem));
    const id = claimId(context, annotation?.id, idFromWords(draft.date, draft.text), line);
    report.itemFrom(id, draft.lines);
    return [
      {
        id,
        date: draft.date,
        text: draft.text,
        companies: resolved.ids,
        ...(place.location ? { location: place.location } : {}),
        dealKind: annotation?.dealKind ?? inferred,
        sectors,
        sources: toSourceLinks(draft.sources),
        annotated: [
          ...(annotation?.dealKind ? ["dealKind"] : []),
          ...annotated,
          ...place.annotated,
        ],
      },
    ];
  });
}
