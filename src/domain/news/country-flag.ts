const REGIONAL_INDICATOR_A = 0x1f1e6;
const ISO_CODE = /^[A-Z]{2}$/;

/**
 * The flag emoji of an ISO 3166-1 alpha-2 code ("DE" → 🇩🇪): two regional-indicator letters,
 * which systems without flag glyphs show as the letters themselves. Empty for anything else.
 */
export function toFlagEmoji(code: string): string {
  if (!ISO_CODE.test(code)) return "";
  return String.fromCodePoint(
    ...Array.from(code, (letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65),
  );
}
