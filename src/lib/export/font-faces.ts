/** A web font face the document declares, reduced to what choosing and embedding it needs. */
export interface FontFaceSource {
  family: string;
  weight: readonly [number, number];
  ranges: readonly (readonly [number, number])[];
  /** The unicode-range as declared, repeated in the embedded rule. */
  unicodeRange: string;
  url: string;
  format: string;
}

/** Some text drawn with one font-family list and weight. */
export interface TextRun {
  families: readonly string[];
  weight: number;
  text: string;
}

const ALL_CODE_POINTS = [[0, 0x10ffff]] as const;
const WEIGHT_KEYWORDS: Record<string, number> = { normal: 400, bold: 700 };

/** Code point ranges of a CSS unicode-range: "U+0-FF, U+4E00-9FFF, U+1F??". */
export function parseUnicodeRange(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of text.split(",")) {
    const match = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    if (!match?.[1]) continue;
    const start = parseInt(match[1].replace(/\?/g, "0"), 16);
    const end = parseInt(match[2] ?? match[1].replace(/\?/g, "F"), 16);
    ranges.push([start, end]);
  }
  return ranges;
}

/** Family names of a font-family list, unquoted: '"Inter Variable", sans-serif' → two names. */
export function parseFontFamilyList(text: string): string[] {
  return [...text.matchAll(/\s*(?:"([^"]*)"|'([^']*)'|([^,]+))\s*(?:,|$)/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? "").trim())
    .filter(Boolean);
}

/** A face's weight range: "400" → [400, 400], "100 900" → [100, 900]; null when unreadable. */
export function parseFontWeight(text: string): [number, number] | null {
  const values = text
    .trim()
    .split(/\s+/)
    .map((word) => WEIGHT_KEYWORDS[word] ?? Number(word));
  const [low, high = low] = values;
  if (low === undefined || high === undefined || !values.every(Number.isFinite)) return null;
  return [Math.min(low, high), Math.max(low, high)];
}

/** The font file of a src descriptor, preferring WOFF2: `url(a.woff2) format("woff2"), …`. */
export function parseFontSrc(text: string): { url: string; format: string } | null {
  const sources = [
    ...text.matchAll(
      /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)\s*(?:format\(\s*["']?([^"')]*)["']?\s*\))?/g,
    ),
  ].map((m) => ({ url: m[1] ?? m[2] ?? m[3] ?? "", format: m[4] ?? "" }));
  return sources.find((s) => s.format.startsWith("woff2")) ?? sources[0] ?? null;
}

function closest(range: readonly [number, number], desired: number): number {
  return Math.min(Math.max(desired, range[0]), range[1]);
}

/** The weight range CSS font matching (CSS Fonts 4, §5.2) picks for `desired` among `available`. */
export function matchWeight(
  desired: number,
  available: readonly (readonly [number, number])[],
): readonly [number, number] | undefined {
  const exact = available.find((range) => closest(range, desired) === desired);
  if (exact) return exact;
  const byDistance = (up: boolean) =>
    available
      .filter((range) => closest(range, desired) > desired === up)
      .sort(
        (a, b) => Math.abs(closest(a, desired) - desired) - Math.abs(closest(b, desired) - desired),
      );
  const above = byDistance(true);
  const below = byDistance(false);
  if (desired >= 400 && desired <= 500) {
    const upTo500 = above.filter((range) => closest(range, desired) <= 500);
    return upTo500[0] ?? below[0] ?? above[0];
  }
  return desired < 400 ? (below[0] ?? above[0]) : (above[0] ?? below[0]);
}

function sameRange(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function covers(face: FontFaceSource, codePoint: number): boolean {
  const ranges = face.ranges.length > 0 ? face.ranges : ALL_CODE_POINTS;
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/**
 * The faces a renderer would use for these runs, character by character: for each character the
 * first family in the list with a face of the matching weight whose unicode-range covers it.
 * Embedding only these keeps an export small when a CJK font comes in a hundred subsets.
 */
export function selectFontFaces(
  faces: readonly FontFaceSource[],
  runs: readonly TextRun[],
): FontFaceSource[] {
  const byFamily = new Map<string, FontFaceSource[]>();
  for (const face of faces) {
    const key = face.family.toLowerCase();
    byFamily.set(key, [...(byFamily.get(key) ?? []), face]);
  }
  const chosen = new Set<FontFaceSource>();
  for (const run of runs) {
    const candidates = run.families.flatMap((family) => {
      const familyFaces = byFamily.get(family.toLowerCase()) ?? [];
      const weight = matchWeight(
        run.weight,
        familyFaces.map((f) => f.weight),
      );
      return weight ? [familyFaces.filter((f) => sameRange(f.weight, weight))] : [];
    });
    for (const char of new Set(run.text)) {
      const codePoint = char.codePointAt(0) ?? 0;
      for (const familyFaces of candidates) {
        const face = familyFaces.find((f) => covers(f, codePoint));
        if (face) {
          chosen.add(face);
          break;
        }
      }
    }
  }
  return faces.filter((face) => chosen.has(face));
}
