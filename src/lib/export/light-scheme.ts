import { documentCssRules } from "@/lib/export/css-rules";

const DARK_SCHEME = /prefers-color-scheme:\s*dark/;

/**
 * Runs `work` with the page's dark-scheme rules switched off, so computed styles read inside are
 * the light theme's: an export lands on white slides whatever theme the analyst browses in. The
 * rules are restored before returning, within one task, so the page never paints in between.
 */
export function withLightColorScheme<T>(work: () => T): T {
  // Switching rules restyles the whole page: skip it when the light theme is showing anyway.
  const isDark =
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-color-scheme: dark)").matches;
  if (!isDark) return work();
  const darkRules = documentCssRules().filter(
    (rule): rule is CSSMediaRule =>
      rule instanceof CSSMediaRule && DARK_SCHEME.test(rule.media.mediaText),
  );
  const saved = darkRules.map((rule) => rule.media.mediaText);
  for (const rule of darkRules) rule.media.mediaText = "not all";
  try {
    return work();
  } finally {
    darkRules.forEach((rule, at) => {
      rule.media.mediaText = saved[at] ?? "";
    });
  }
}
