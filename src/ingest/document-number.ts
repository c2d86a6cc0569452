/**
 * Chinese document numbers (发文字号) such as 国办发〔2013〕1号: an issuer's series, the year and a
 * serial number. Spreadsheets write the brackets in many ways ([], （）, 〔〕); the canonical form
 * uses 〔〕. The four central series name their issuing body.
 */

export interface DocumentNumber {
  series: string;
  year: number;
  serial: number;
}

const NUMBER =
  /^\s*(\p{Script=Han}[\p{Script=Han}\s]*?)\s*[〔[［(（【]\s*((?:19|20|21)\d{2})\s*[〕\]］)）】]\s*第?\s*(\d{1,5})\s*号\s*$/u;

/** The four central series: State Council, its General Office, the CCP Central Committee and its General Office. */
export const CENTRAL_SERIES: Record<string, { slug: string; issuer: string }> = {
  国发: { slug: "guofa", issuer: "state-council" },
  国办发: { slug: "guobanfa", issuer: "gosc" },
  中发: { slug: "zhongfa", issuer: "ccp-cc" },
  中办发: { slug: "zhongbanfa", issuer: "ccp-gocc" },
};

export function parseDocumentNumber(text: string): DocumentNumber | null {
  const match = NUMBER.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const serial = Number(match[3]);
  if (serial < 1) return null;
  // Stryker disable next-line Regex: removing each space or each run of spaces is the same
  return { series: match[1].replace(/\s+/g, ""), year: Number(match[2]), serial };
}

/** 国办发〔2013〕1号 */
export function formatDocumentNumber(number: DocumentNumber): string {
  return `${number.series}〔${number.year}〕${number.serial}号`;
}
