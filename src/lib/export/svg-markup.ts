// Characters XML 1.0 forbids: one in a data string would make the whole SVG unreadable.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const HAN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF60]/u;

/** Text or attribute value escaped for XML, with characters XML cannot carry removed. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Removes characters XML cannot carry from finished markup (text the serializer passed through). */
export function toValidXml(markup: string): string {
  return markup.replace(INVALID_XML_CHARS, "");
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Language attributes for a run of text: Chinese text is marked zh-Hans so renderers pick
 * Simplified Chinese glyphs rather than Japanese forms of the same code points.
 */
export function langAttributes(text: string): string {
  return hasHan(text) ? ' lang="zh-Hans" xml:lang="zh-Hans"' : "";
}
