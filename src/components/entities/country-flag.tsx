import { useEffect, useSyncExternalStore } from "react";

/**
 * Flags as SVG from country-flag-icons (3:2, MIT), one small module per country loaded on
 * first use: emoji flags show as two letters or boxes on Windows and on Linux without an emoji
 * font, an inline SVG draws the same everywhere. Globbed here because the country list is data.
 */
const FLAG_MODULES = import.meta.glob<string>(
  "/node_modules/country-flag-icons/string/3x2/[A-Z][A-Z].js",
  { import: "default" },
);
const moduleOf = (code: string) =>
  FLAG_MODULES[`/node_modules/country-flag-icons/string/3x2/${code}.js`];

const markupByCode = new Map<string, string>();
const requested = new Set<string>();
const listeners = new Set<() => void>();

function requestFlag(code: string) {
  const load = moduleOf(code);
  if (!load || requested.has(code)) return;
  requested.add(code);
  void load().then((markup) => {
    markupByCode.set(code, markup);
    for (const listener of listeners) listener();
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a flag exists for an ISO 3166-1 alpha-2 code. */
export function hasFlag(code: string): boolean {
  return moduleOf(code) !== undefined;
}

/**
 * A country's flag, decoration beside its name (hidden from assistive technology). Its box holds
 * the place at 3:2 while the drawing loads; a code without a flag draws nothing.
 */
export function CountryFlag({ code }: { code: string }) {
  const markup = useSyncExternalStore(subscribe, () => markupByCode.get(code) ?? null);
  useEffect(() => requestFlag(code), [code]);
  if (!hasFlag(code)) return null;
  return (
    <span
      aria-hidden="true"
      data-testid={`flag-${code}`}
      className="inline-block h-[0.8em] w-[1.2em] shrink-0 overflow-hidden rounded-[2px] align-[-0.05em] shadow-[0_0_0_1px_rgb(0_0_0/0.15)] [&>svg]:h-full [&>svg]:w-full"
      // The markup is the package's own SVG, bundled at build time: no data reaches it.
      dangerouslySetInnerHTML={markup ? { __html: markup } : undefined}
    />
  );
}
