/**
 * Markdown links in a brief's text. Text extracted from the PDF keeps `[label](#)` with the URL
 * stripped; Markdown keeps real URLs; text copied from the web page keeps only the label. Labels
 * stay in the prose, and a URL is kept only when it is a web address (never invented).
 */

export interface LinkRef {
  label: string;
  url: string | null;
}

export interface LinkedText {
  text: string;
  links: LinkRef[];
}

// Labels and addresses are bounded so that a line of "[[[[" is read in linear time.
const LINK = /\[((?:\\.|[^\]\\]){0,500})\]\(((?:\\.|[^()\\\s]|\([^()\s]{0,200}\)){0,2000})\)/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~"'])/g;
/** Words that end a source label printed without its link: "MIIT notice", "Reuters article". */
const SOURCE_WORD =
  /(?:notice|article|press release|release|report|statement|announcement|website|post|link)$/i;

export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPE, "$1");
}

/** Replaces each `[label](url)` by its label and lists the links in order. */
export function replaceLinks(text: string): LinkedText {
  const links: LinkRef[] = [];
  let out = "";
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    // Stryker disable next-line StringLiteral: group 1 always takes part in a match, so `?? ""` never applies
    const label = unescapeMarkdown(match[1] ?? "").trim();
    out += unescapeMarkdown(text.slice(from, match.index)) + label;
    from = match.index + match[0].length;
    // Stryker disable next-line StringLiteral: group 2 always takes part in a match, so `?? ""` never applies
    links.push({ label, url: toWebUrl(unescapeMarkdown(match[2] ?? "")) });
  }
  out += unescapeMarkdown(text.slice(from));
  return { text: out, links: links.filter((link) => link.label !== "") };
}

/**
 * Splits the closing source group off an item: "… by 2025 ([MIIT notice](#))" gives the text
 * and one source. A final parenthesis that is not made of source labels stays in the text.
 */
export function splitTrailingSources(text: string): { text: string; sources: LinkRef[] } {
  const trimmed = text.trim().replace(/\.$/, "").trimEnd();
  if (!trimmed.endsWith(")")) return { text: text.trim(), sources: [] };
  const open = matchingOpen(trimmed);
  if (open < 0) return { text: text.trim(), sources: [] };
  // Stryker disable next-line MethodExpression: splitTopLevel trims every part and drops empty ones
  const inner = trimmed.slice(open + 1, -1).trim();
  const parts = splitTopLevel(inner);
  const linked = parts.map((part) => replaceLinks(part));
  // Stryker disable next-line StringLiteral: `at` indexes `parts`, so `?? ""` never applies
  const allLinks = linked.every((l, at) => l.links.length === 1 && isWholeLink(parts[at] ?? ""));
  const allLabels = parts.every((part) => SOURCE_WORD.test(part) && part.split(/\s+/).length <= 6);
  if (parts.length === 0 || (!allLinks && !allLabels)) return { text: text.trim(), sources: [] };
  const sources = allLinks
    ? linked.flatMap((l) => l.links)
    : parts.map((label) => ({ label: unescapeMarkdown(label), url: null }));
  return { text: trimmed.slice(0, open).trim(), sources };
}

function toWebUrl(url: string): string | null {
  return /^https?:\/\/\S+$/i.test(url) ? url : null;
}

function isWholeLink(part: string): boolean {
  // Stryker disable next-line MethodExpression: its only caller passes parts that splitTopLevel trimmed
  return new RegExp(`^${LINK.source}$`).test(part.trim());
}

/** Index of the "(" that the final ")" closes, skipping escaped and bracketed characters. */
function matchingOpen(text: string): number {
  let depth = 0;
  for (let at = text.length - 1; at >= 0; at -= 1) {
    const char = text[at];
    if (text[at - 1] === "\\") continue;
    if (char === ")") depth += 1;
    if (char === "(") depth -= 1;
    if (depth === 0) return at;
  }
  return -1;
}

/** Splits "a, [b, c](#), d" at commas outside square brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  // Stryker disable next-line EqualityOperator: one more step reads text[length] as "", which changes nothing
  for (let at = 0; at < text.length; at += 1) {
    // Stryker disable next-line StringLiteral: `at` stays below text.length, so `?? ""` never applies
    const char = text[at] ?? "";
    if (text[at - 1] !== "\\" && (char === "[" || char === "(")) depth += 1;
    if (text[at - 1] !== "\\" && (char === "]" || char === ")")) depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter((part) => part !== "");
}
