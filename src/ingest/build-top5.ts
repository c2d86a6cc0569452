/**
 * Top 5 drafts to schema records: issuing bodies resolved through the registry (the printed
 * list, checked against the lead issuer and co-issuer count of the Chinese title), ids and
 * sectors from the annotations, and the document's title, issuers and date from them where the
 * text lacks those lines.
 */
import type { Top5ItemFile } from "@/data/schema";
import { toNamedSources } from "@/domain/named-sources";
import { annotatedIdentity, annotatedSectors, claimId, type BuildContext } from "./build-context";
import type { Annotations } from "./annotations";
import { findNames, issuerEntries, uniqueIds } from "./entity-registries";
import { incompleteReason, type DocumentPart, type Top5Draft } from "./parse-top5";
import { proposeIssuer } from "./registry-proposals";
import { resolveChineseTitleIssuers, resolveIssuerList } from "./resolve-issuers";
import { idFromWords } from "./slugs";

export interface BuiltTop5 {
  item: Top5ItemFile;
  horizonYear: number | null;
}

type GivenDocument = NonNullable<Annotations["top5"][number]["document"]>;

interface CompleteDraft extends Top5Draft {
  titleEn: string;
  issuersText: string;
  date: string;
  /** The `annotated` names of the parts the annotations gave. */
  givenParts: string[];
}

export function buildTop5(drafts: readonly Top5Draft[], context: BuildContext): BuiltTop5[] {
  return drafts.flatMap((printed): BuiltTop5[] => {
    const annotation = context.annotations.top5(printed.rank);
    const draft = completeDocument(printed, annotation?.document, context);
    if (!draft) return [];
    const issuingBodies = resolveTop5Issuers(draft, context);
    if (issuingBodies.length === 0) {
      const reason = `Top 5 item ${draft.rank} names no issuing body from the registry`;
      context.report.reject(draft.lines, reason);
      return [];
    }
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
      annotated: [
        ...annotated,
        ...draft.givenParts,
        ...(stage ? ["document.stage"] : []),
        ...identity.annotated,
      ],
    };
    context.report.itemFrom(item.id, draft.lines);
    return [{ item, horizonYear: draft.horizonYear }];
  });
}

/**
 * The draft with the document's parts the text lacks taken from the annotations; null, with the
 * item reported as incomplete (and the bodies its text names, to start the analyst off), when
 * parts are still missing.
 */
function completeDocument(
  draft: Top5Draft,
  given: GivenDocument | undefined,
  context: BuildContext,
): CompleteDraft | null {
  const titleEn = draft.titleEn ?? given?.titleEn ?? null;
  const titleZh = draft.titleZh ?? given?.titleZh ?? null;
  const issuersText = draft.issuersText ?? given?.issuers ?? null;
  const date = draft.date ?? given?.date ?? null;
  if (titleEn === null || issuersText === null || date === null) {
    const missing: DocumentPart[] = [
      ...(titleEn === null ? (["titleEn"] as const) : []),
      ...(issuersText === null ? (["issuers"] as const) : []),
      ...(date === null ? (["date"] as const) : []),
    ];
    const reason = incompleteReason(draft.rank, missing);
    context.report.reject(draft.lines, reason);
    context.report.warn(draft.lines[0] ?? null, reason);
    context.report.incomplete({
      rank: draft.rank,
      headline: draft.headline,
      line: draft.lines[0] ?? null,
      missing,
      namedIssuers: namedIssuers(draft, context),
    });
    return null;
  }
  const givenParts = [
    draft.titleEn === null ? "document.titleEn" : null,
    draft.titleZh === null && titleZh !== null ? "document.titleZh" : null,
    draft.issuersText === null ? "issuingBodies" : null,
    draft.date === null ? "date" : null,
  ].filter((part) => part !== null);
  return { ...draft, titleEn, titleZh, issuersText, date, givenParts };
}

/** The registry's bodies the item's headline and summary name, as an issuers line would list them. */
function namedIssuers(draft: Top5Draft, { registries }: BuildContext): string[] {
  const text = `${draft.headline} ${draft.atAGlance}`;
  const ids = uniqueIds(findNames(text, issuerEntries(registries.issuingBodies)));
  return ids.flatMap((id) => {
    const body = registries.issuingBodies.find((entry) => entry.id === id);
    return body ? [body.acronym] : [];
  });
}

function resolveTop5Issuers(draft: CompleteDraft, context: BuildContext): string[] {
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
      // Stryker disable next-line StringLiteral: unreachable fallback, the list has a first id here
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
