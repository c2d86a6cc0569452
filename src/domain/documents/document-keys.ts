/**
 * The keys that say two mentions name one policy document: its document number (发文字号) or its
 * Chinese title, each normalised so that spacing, full- or half-width forms and bracket styles do
 * not matter. A document's family (draft for comment → issued → implementation rules) shares the
 * title of the measures it is about, without the stage words.
 */
import { formatDocumentNumber, parseDocumentNumber } from "@/ingest/document-number";

export const DOCUMENT_STAGES = ["draft", "issued", "implementation"] as const;
export type DocumentStage = (typeof DOCUMENT_STAGES)[number];

export const STAGE_LABELS: Record<DocumentStage, string> = {
  draft: "Draft for comment",
  issued: "Issued",
  implementation: "Implementation rules",
};

/** Brackets and quotes that titles write in several styles, mapped to one. */
const BRACKETS: Record<string, string> = {
  "(": "（",
  ")": "）",
  "[": "〔",
  "]": "〕",
  "［": "〔",
  "］": "〕",
  "【": "〔",
  "】": "〕",
  "<": "《",
  ">": "》",
  "〈": "《",
  "〉": "》",
};

/** Spaces, invisible marks and sentence-final punctuation carry no identity. */
const IGNORED = /[\s\u200b\u3000"'“”‘’「」『』。.,，、;；:：!！?？]/gu;

/** A Chinese title in one canonical form: NFKC, no spaces or quotes, one bracket style. */
export function normaliseChineseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .replace(IGNORED, "")
    .replace(/[()[\]［］【】<>〈〉]/gu, (bracket) => BRACKETS[bracket] ?? bracket);
}

/** A document number in its canonical form (工信部联通装〔2023〕40号), or null when it is not one. */
export function normaliseDocumentNumber(text: string): string | null {
  const number = parseDocumentNumber(text.normalize("NFKC"));
  return number ? formatDocumentNumber(number) : null;
}

const DRAFT = /（?征求意见稿）?|（?送审稿）?|（?草案）?/gu;
const IMPLEMENTATION = /实施细则|实施办法|实施方案/u;
/** "Notice on issuing / seeking comment on 《X》": the document is about X. */
const QUOTED = /《([^《》]+)》/u;

/** The stage a title states in its own words, or null when it states none. */
export function stageStatedInTitle(title: string): DocumentStage | null {
  const normal = normaliseChineseTitle(title);
  if (/征求意见稿|送审稿|草案/u.test(normal)) return "draft";
  if (IMPLEMENTATION.test(normal)) return "implementation";
  return null;
}

/**
 * The title of the measures a document is about, without its stage words: the quoted title inside
 * a notice when there is one, else the whole title. Stages of one policy share it.
 */
export function familyTitle(title: string): string {
  const normal = normaliseChineseTitle(title);
  const quoted = QUOTED.exec(normal)?.[1] ?? normal;
  return quoted.replace(DRAFT, "").replace(/（）/gu, "");
}
