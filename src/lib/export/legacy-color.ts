// CSS Color 4 notations (Tailwind 4 writes oklch) that vector editors and older viewers reject.
const MODERN_COLOR = /^(?:oklch|oklab|lab|lch|hwb|color|color-mix)\(/i;

const converted = new Map<string, string>();
let context: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour in rgb()/rgba() notation, which every SVG tool reads; other values (rgb,
 * none, url(#gradient)) pass through. The browser converts by painting one pixel, so any colour
 * syntax it understands works, clipped to sRGB as a PNG would be.
 */
export function toLegacyColor(value: string): string {
  if (!MODERN_COLOR.test(value)) return value;
  const known = converted.get(value);
  if (known) return known;
  context ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!context) return value;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [red = 0, green = 0, blue = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data;
  const rgb =
    alpha === 255
      ? `rgb(${red}, ${green}, ${blue})`
      : `rgba(${red}, ${green}, ${blue}, ${Math.round((alpha / 255) * 1000) / 1000})`;
  converted.set(value, rgb);
  return rgb;
}
