/**
 * A source is what a brief names ("Reuters article", "MIIT notice"). A link's bare label
 * ("Link", "here", "#") names nothing: text extracted from the PDF keeps such labels with the
 * address stripped, and showing "Source: Link" would cite nothing.
 */

const PLACEHOLDER = /^(?:links?|here|click here|source|more|read more|url|web ?link|#)$/i;

/** Whether a label only stands in for a link without naming its source. */
export function isPlaceholderLabel(label: string): boolean {
  return PLACEHOLDER.test(label.replace(/^[\s([]+|[\s)\].:]+$/g, ""));
}

/**
 * The sources a list of links names, in order: a placeholder label with a web address is named
 * by its host ("reuters.com"); one without an address is dropped.
 */
export function toNamedSources<T extends { label: string; url: string | null }>(
  links: readonly T[],
): T[] {
  return links.flatMap((link) => {
    if (!isPlaceholderLabel(link.label)) return [link];
    const host = link.url === null ? null : hostOf(link.url);
    return host === null ? [] : [{ ...link, label: host }];
  });
}

function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== "http:" && protocol !== "https:") return null;
    return hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
