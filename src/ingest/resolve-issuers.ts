/**
 * Issuing bodies by name: "MIIT, NDRC, MEE" in an "Issuing bodies" line, "The Ministry of
 * Finance (MOF) announced" at the start of a news item, 工业和信息化部等八部门 at the start of a
 * Chinese document title. Names not in the registry come back as unknown, never dropped.
 */
import type { IssuingBodyFile } from "@/data/schema";
import {
  findNames,
  isAcronymLike,
  issuerEntries,
  uniqueIds,
  type NameHit,
} from "./entity-registries";
import { toSlug } from "./slugs";

/** A name that is not in the registry, split into what it tells about the body. */
export interface UnknownIssuer {
  text: string;
  acronym: string | null;
  nameEn: string | null;
  nameZh: string | null;
}

export interface ResolvedIssuers {
  ids: string[];
  unknown: UnknownIssuer[];
}

const NAME_WITH_ACRONYM = /^(.*?)\s*\(([A-Z][A-Za-z&]{1,9})\)$/;
const SUBJECT_WORD = /^(?:[\p{Lu}(“"][^\s]*|of|and|for|on|the|de|&)$/u;
const NOT_AN_ISSUER = /^(?:The|China|Beijing|Chinese)(?:['’]s)?$/;
const TITLE_LEAD_END = /关于|印发|转发|批转|发布|颁布|下发|发出|《/;
/** Chinese names of bodies end like this; other words before 关于 (近日, 正式) are not bodies. */
const BODY_NAME_END = /(?:部|委|委员会|办公厅|办|局|署|院|行|会|组|中央)$/;
const CO_ISSUER_COUNT = /等([一二两三四五六七八九十\d]+)(?:个)?(?:部门|部委|单位|机构)$/;

/** Resolves a printed list of issuing bodies, in the order given. */
export function resolveIssuerList(
  text: string,
  bodies: readonly IssuingBodyFile[],
): ResolvedIssuers {
  const hits = findNames(text, issuerEntries(bodies));
  return {
    ids: uniqueIds(hits),
    unknown: leftoverNames(text, hits).map(describeUnknown),
  };
}

/**
 * The bodies named as the subject of a news item: the capitalised words before its verb
 * ("The National Energy Administration (NEA) published …").
 */
export function resolveSubjectIssuers(
  text: string,
  bodies: readonly IssuingBodyFile[],
): ResolvedIssuers {
  const words = text.split(/\s+/);
  const end = words.findIndex((word) => !SUBJECT_WORD.test(word));
  const subject = words.slice(0, end < 0 ? words.length : end).join(" ");
  const hits = findNames(subject, issuerEntries(bodies));
  const unknown = leftoverNames(subject, hits)
    .filter((piece) => /\p{Lu}/u.test(piece) && !NOT_AN_ISSUER.test(piece))
    .map(describeUnknown);
  return { ids: uniqueIds(hits), unknown };
}

/** What is left of a list of names once the registry names are taken out: the unknown names. */
function leftoverNames(text: string, hits: readonly NameHit[]): string[] {
  return withoutHits(text, hits, ",")
    .replace(/\(\s*\)/g, "")
    .split(/[,;、，]/)
    .flatMap((piece) => {
      // Stryker disable next-line Regex,MethodExpression: \s vs \s+ splits at the same places and parts are trimmed later; a blank part never sits beside another part
      const parts = piece.split(/\s+(?:and|&)\s+/).filter((part) => part.trim() !== "");
      return parts.every((part) => isAcronymLike(part.trim())) ? parts : [piece];
    })
    .map((piece) =>
      piece
        // Stryker disable next-line Regex: a trailing \s instead of \s+ leaves only spaces that the later trim removes
        .replace(/^\s*(?:and|&)\s+/i, "")
        // Stryker disable next-line Regex: a trailing \s instead of \s+ leaves only spaces that the later trim removes
        .replace(/^\s*the\s+/i, "")
        .replace(/[.\s]+$/, "")
        // Stryker disable next-line Regex: a leading \s instead of \s+ leaves only spaces that the later trim removes
        .replace(/\s+(?:and|&)$/i, "")
        .trim(),
    )
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece) && !/^(?:and|the|&)$/i.test(piece));
}

/**
 * The text with each hit replaced by the separator, built in one pass: rebuilding the string per
 * hit made a long list of names quadratic (a 1 MB "Issuing bodies:" line never finished).
 */
function withoutHits(text: string, hits: readonly NameHit[], separator: string): string {
  const pieces: string[] = [];
  let from = 0;
  for (const hit of hits) {
    pieces.push(text.slice(from, hit.start));
    from = hit.end;
  }
  pieces.push(text.slice(from));
  return pieces.join(separator);
}

/** Lead issuers named at the start of a Chinese title, and the co-issuer count of "等八部门". */
export function resolveChineseTitleIssuers(
  titleZh: string,
  bodies: readonly IssuingBodyFile[],
): ResolvedIssuers & { count: number | null } {
  const lead = TITLE_LEAD_END.exec(titleZh);
  // Stryker disable next-line StringLiteral: without a lead word there is no issuer prefix; any other text holds no registry or Chinese body name
  let prefix = lead ? titleZh.slice(0, lead.index) : "";
  const countMatch = CO_ISSUER_COUNT.exec(prefix);
  if (countMatch) prefix = prefix.slice(0, countMatch.index);
  const hits = findNames(prefix, issuerEntries(bodies));
  const unknown = withoutHits(prefix, hits, " ")
    // Stryker disable next-line Regex: splitting at each separator only adds empty pieces, which no body name ending matches
    .split(/[\s、，,]+/)
    .filter((piece) => BODY_NAME_END.test(piece))
    .map((piece) => ({ text: piece, acronym: null, nameEn: null, nameZh: piece }));
  return {
    ids: uniqueIds(hits),
    unknown,
    count: countMatch?.[1] === undefined ? null : parseChineseCount(countMatch[1]),
  };
}

/** The registry record an unknown issuer suggests, as far as its printed name tells. */
export function toIssuerRecord(unknown: UnknownIssuer): Partial<IssuingBodyFile> {
  const record: Partial<IssuingBodyFile> = {};
  const idSource = unknown.acronym ?? unknown.nameEn;
  if (idSource) record.id = toSlug(idSource);
  if (unknown.acronym) record.acronym = unknown.acronym;
  if (unknown.nameEn) record.nameEn = unknown.nameEn;
  if (unknown.nameZh) record.nameZh = unknown.nameZh;
  record.aliases = [];
  // Stryker disable next-line StringLiteral: any text without ministry/commission/administration/bank gives no kind, as "" does
  const kind = kindOf(unknown.nameEn ?? "");
  if (kind) record.kind = kind;
  return record;
}

function describeUnknown(name: string): UnknownIssuer {
  const withAcronym = NAME_WITH_ACRONYM.exec(name);
  if (withAcronym) {
    return {
      text: name,
      nameEn: withAcronym[1] || null,
      acronym: withAcronym[2] ?? null,
      nameZh: null,
    };
  }
  if (/\p{Script=Han}/u.test(name))
    return { text: name, acronym: null, nameEn: null, nameZh: name };
  if (isAcronymLike(name)) return { text: name, acronym: name, nameEn: null, nameZh: null };
  return { text: name, acronym: null, nameEn: name, nameZh: null };
}

function kindOf(nameEn: string): IssuingBodyFile["kind"] | null {
  if (/^ministry\b/i.test(nameEn)) return "ministry";
  if (/\bcommission\b/i.test(nameEn)) return "commission";
  if (/\badministration\b/i.test(nameEn)) return "administration";
  if (/\bbank\b/i.test(nameEn)) return "bank";
  return null;
}

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 八 → 8, 十二 → 12, 二十 → 20, 12 → 12. */
export function parseChineseCount(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  // Stryker disable next-line StringLiteral: tens is only read when the text has 十
  const [tens, units] = text.includes("十") ? text.split("十") : ["", text];
  // Stryker disable next-line StringLiteral: split always yields a first piece, so tens is never undefined
  const tensValue = text.includes("十") ? (tens === "" ? 1 : CHINESE_DIGITS[tens ?? ""]) : 0;
  // Stryker disable next-line StringLiteral: with 十 split yields a second piece, without it units is the text: never undefined
  const unitsValue = units === "" ? 0 : CHINESE_DIGITS[units ?? ""];
  if (tensValue === undefined || unitsValue === undefined) return null;
  const value = tensValue * 10 + unitsValue;
  return value > 0 ? value : null;
}
