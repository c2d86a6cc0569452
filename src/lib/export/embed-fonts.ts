import { documentCssRules } from "@/lib/export/css-rules";
import {
  parseFontFamilyList,
  parseFontSrc,
  parseFontWeight,
  parseUnicodeRange,
  selectFontFaces,
  type FontFaceSource,
  type TextRun,
} from "@/lib/export/font-faces";

const fontData = new Map<string, Promise<string>>();

/** The normal-style web font faces the document declares (the self-hosted @fontsource files). */
function documentFontFaces(): FontFaceSource[] {
  if (typeof CSSFontFaceRule !== "function") return [];
  return documentCssRules().flatMap((rule) => {
    if (!(rule instanceof CSSFontFaceRule)) return [];
    const style = rule.style;
    const family = parseFontFamilyList(style.getPropertyValue("font-family"))[0];
    const weight = parseFontWeight(style.getPropertyValue("font-weight") || "normal");
    const src = parseFontSrc(style.getPropertyValue("src"));
    const fontStyle = style.getPropertyValue("font-style");
    if (!family || !weight || !src || (fontStyle && fontStyle !== "normal")) return [];
    const unicodeRange = style.getPropertyValue("unicode-range");
    const base = rule.parentStyleSheet?.href ?? document.baseURI;
    return [
      {
        family,
        weight,
        ranges: parseUnicodeRange(unicodeRange),
        unicodeRange,
        url: new URL(src.url, base).href,
        format: src.format,
      },
    ];
  });
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === "string"
        ? resolve(reader.result)
        : reject(new Error("A font could not be read."));
    reader.onerror = () => reject(reader.error ?? new Error("A font could not be read."));
    reader.readAsDataURL(blob);
  });
}

async function fetchAsDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`A font could not be loaded (${response.status}).`);
  return readAsDataUrl(await response.blob());
}

/**
 * A font file as a data: URL, fetched from the app's own origin once per session. It is also
 * loaded as a document FontFace: Chrome does not wait for fonts inside an SVG drawn as an image,
 * but finds a data: URL the document has already decoded ready at once.
 */
function loadFontData(face: FontFaceSource): Promise<string> {
  const cached = fontData.get(face.url);
  if (cached) return cached;
  const loading = (async () => {
    // Small subsets are inlined by the build: they are data: URLs already, and the CSP's
    // connect-src 'self' would refuse fetching them.
    const dataUrl = face.url.startsWith("data:") ? face.url : await fetchAsDataUrl(face.url);
    const descriptors = face.unicodeRange ? { unicodeRange: face.unicodeRange } : {};
    await new FontFace(`export ${face.family}`, `url(${dataUrl})`, descriptors).load();
    return dataUrl;
  })();
  loading.catch(() => fontData.delete(face.url));
  fontData.set(face.url, loading);
  return loading;
}

/**
 * @font-face rules with the font subsets these texts need embedded as data: URLs, for an SVG
 * that is rasterised: an SVG image cannot fetch fonts, and unused CJK subsets would only add weight.
 */
export async function embedFontCss(runs: readonly TextRun[]): Promise<string> {
  const faces = selectFontFaces(documentFontFaces(), runs);
  const rules = await Promise.all(
    faces.map(async (face) => {
      const dataUrl = await loadFontData(face);
      const range = face.unicodeRange ? `;unicode-range:${face.unicodeRange}` : "";
      const format = face.format ? ` format("${face.format}")` : "";
      return `@font-face{font-family:"${face.family.replace(/"/g, "")}";font-style:normal;font-weight:${face.weight[0]} ${face.weight[1]};src:url(${dataUrl})${format}${range}}`;
    }),
  );
  return rules.join("");
}
