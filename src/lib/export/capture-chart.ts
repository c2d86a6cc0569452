import type { ChartGraphic } from "@/lib/export/compose-svg";
import { parseFontFamilyList, type TextRun } from "@/lib/export/font-faces";
import { toLegacyColor } from "@/lib/export/legacy-color";
import { hasHan } from "@/lib/export/svg-markup";

// Inherited SVG properties: written on the root, then only where an element differs from its parent.
const INHERITED = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "letter-spacing",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "paint-order",
  "color",
];
const COLOR_PROPERTIES = new Set(["fill", "stroke", "color"]);
const OWN_DEFAULTS: Record<string, string> = { opacity: "1", "text-decoration-line": "none" };
/** Interaction layers (hover cursor, active dots) and anything a chart marks as not for export. */
const EXCLUDED = ".recharts-tooltip-cursor, .recharts-active-dot, [data-export='exclude']";
/** HTML around the chart that holds small SVGs which are not the chart (icons, Recharts' legend). */
const NOT_A_GRAPHIC =
  "button, a, .recharts-legend-wrapper, .recharts-tooltip-wrapper, [data-export='exclude']";
const MIN_SIZE = 24;
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export interface CapturedChart {
  graphics: ChartGraphic[];
  runs: TextRun[];
}

/** Standalone files name the installed font too: designers have "Inter", not "Inter Variable". */
function withInstalledFontNames(family: string): string {
  return /"?Inter Variable"?/.test(family) && !/(^|,)\s*"?Inter"?\s*(,|$)/.test(family)
    ? family.replace(/"?Inter Variable"?/, '"Inter Variable", Inter')
    : family;
}

function toPortableValue(name: string, value: string): string {
  if (name === "font-family") return withInstalledFontNames(value);
  return COLOR_PROPERTIES.has(name) ? toLegacyColor(value) : value;
}

function boxOf(element: Element, origin: DOMRect) {
  const rect = element.getBoundingClientRect();
  // Without layout (tests) fall back to the declared size.
  const width = rect.width || Number(element.getAttribute("width")) || 0;
  const height = rect.height || Number(element.getAttribute("height")) || 0;
  return { x: rect.left - origin.left, y: rect.top - origin.top, width, height };
}

function styleText(style: CSSStyleDeclaration, parent: CSSStyleDeclaration | undefined): string {
  const inherited = INHERITED.filter(
    (name) => !parent || style.getPropertyValue(name) !== parent.getPropertyValue(name),
  ).map((name) => `${name}:${toPortableValue(name, style.getPropertyValue(name))}`);
  const own = Object.entries(OWN_DEFAULTS)
    .filter(
      ([name, initial]) => style.getPropertyValue(name) && style.getPropertyValue(name) !== initial,
    )
    .map(([name]) => `${name}:${style.getPropertyValue(name)}`);
  return [...inherited, ...own].filter((rule) => !rule.endsWith(":")).join(";");
}

function toTextRun(text: Element, style: CSSStyleDeclaration): TextRun {
  return {
    families: parseFontFamilyList(style.fontFamily),
    weight: Number.parseInt(style.fontWeight, 10) || 400,
    text: text.textContent ?? "",
  };
}

/** The text the chart's SVGs draw, with font and weight: what an export's fonts must cover. */
export function chartTextRuns(container: HTMLElement): TextRun[] {
  return Array.from(container.querySelectorAll("svg text"), (text) =>
    toTextRun(text, getComputedStyle(text)),
  );
}

/** Chinese text whose language nobody in the chart declared gets zh-Hans, for glyph choice. */
function needsChineseLang(text: Element, svg: SVGSVGElement): boolean {
  if (!hasHan(text.textContent ?? "") || text.querySelector("[lang]")) return false;
  const holder = text.closest("[lang]");
  return !holder || !svg.contains(holder) || !/^zh\b/i.test(holder.getAttribute("lang") ?? "");
}

function captureSvg(svg: SVGSVGElement, origin: DOMRect, runs: TextRun[]): ChartGraphic {
  const box = boxOf(svg, origin);
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error("The chart could not be copied.");
  const sources = [svg, ...Array.from(svg.querySelectorAll("*"))];
  const targets = [clone, ...Array.from(clone.querySelectorAll("*"))];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const removed: Element[] = [];
  sources.forEach((source, at) => {
    const target = targets[at];
    if (!target) return;
    const style = getComputedStyle(source);
    if (style.display === "none" || source.matches(EXCLUDED)) {
      removed.push(target);
      return;
    }
    styles.set(source, style);
    const css = styleText(
      style,
      source === svg ? undefined : styles.get(source.parentElement ?? svg),
    );
    if (css) target.setAttribute("style", css);
    else target.removeAttribute("style");
    if (source.localName === "text") {
      runs.push(toTextRun(source, style));
      if (needsChineseLang(source, svg)) target.setAttribute("lang", "zh-Hans");
    }
    // Vector tools read xml:lang; browsers read lang.
    const lang = target.getAttribute("lang");
    if (lang) target.setAttributeNS(XML_NS, "xml:lang", lang);
  });
  for (const element of removed) element.remove();
  clone.setAttribute("viewBox", svg.getAttribute("viewBox") ?? `0 0 ${box.width} ${box.height}`);
  for (const [name, value] of Object.entries(box)) clone.setAttribute(name, String(value));
  return { box, markup: new XMLSerializer().serializeToString(clone) };
}

function captureCanvas(canvas: HTMLCanvasElement, origin: DOMRect): ChartGraphic {
  const box = boxOf(canvas, origin);
  const href = canvas.toDataURL("image/png");
  return {
    box,
    markup: `<image x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="none" href="${href}"/>`,
  };
}

/**
 * The chart's graphics as SVG markup with computed styles inlined (a standalone file has no
 * stylesheet), placed where they sit in `container`, plus the text runs they draw. Every
 * top-level <svg> or <canvas> of a useful size counts; HTML around them is the app's chrome.
 */
export function captureChart(container: HTMLElement): CapturedChart {
  const origin = container.getBoundingClientRect();
  const runs: TextRun[] = [];
  const candidates = Array.from(container.querySelectorAll("svg, canvas")).filter(
    (element) =>
      !element.parentElement?.closest("svg") &&
      !element.closest(NOT_A_GRAPHIC) &&
      getComputedStyle(element).display !== "none",
  );
  const graphics = candidates.flatMap((element) => {
    const box = boxOf(element, origin);
    if (box.width < MIN_SIZE || box.height < MIN_SIZE) return [];
    if (element instanceof SVGSVGElement) return [captureSvg(element, origin, runs)];
    if (element instanceof HTMLCanvasElement) return [captureCanvas(element, origin)];
    return [];
  });
  if (graphics.length === 0) throw new Error("There is no chart drawn here to export.");
  return { graphics, runs };
}
