import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../../src/config/paths";
import { startChromium, startPreview } from "../processes";
import type { BenchRow, BenchSection } from "../types";

const PAGES = [
  { name: "Overview", path: paths.overview.href() },
  { name: "Timeline", path: paths.timeline.href() },
  { name: "Targets", path: paths.targets.href() },
  { name: "News", path: paths.news.href() },
];
const CATEGORIES = [
  { id: "performance", label: "performance" },
  { id: "accessibility", label: "accessibility" },
  { id: "best-practices", label: "best practices" },
] as const;
/** Core Web Vitals "good" thresholds (web.dev): LCP 2.5 s, CLS 0.1; Lighthouse's TBT 200 ms. */
const VITALS = [
  { id: "largest-contentful-paint", label: "LCP", unit: "ms", budget: 2500 },
  { id: "total-blocking-time", label: "TBT", unit: "ms", budget: 200 },
  { id: "cumulative-layout-shift", label: "CLS", unit: "unitless", budget: 0.1 },
] as const;

/**
 * Lighthouse 12.2.3 (simulated throttling) against `vite preview` of the production build with
 * the shipped data, in Debian's headless Chromium: each page with the desktop preset, then with
 * Lighthouse's default, a phone with 4× CPU throttling, whose rows take the desktop figure of the
 * same run as their baseline.
 */
export const lighthouseSection: BenchSection = {
  id: "lighthouse",
  title: "Lighthouse (desktop and mobile)",
  async run(context) {
    const { default: lighthouse, desktopConfig } = await import("lighthouse");
    const presets = [
      { name: "desktop", config: desktopConfig },
      { name: "mobile", config: undefined },
    ] as const;
    const preview = await startPreview(await context.shippedBuild());
    const profile = mkdtempSync(join(context.workDir, "chromium-"));
    const chromium = await startChromium(profile).catch(async (error: unknown) => {
      await preview.stop();
      throw error;
    });
    try {
      const rows: BenchRow[] = [];
      const desktop = new Map<string, number>();
      for (const preset of presets)
        for (const page of context.quick ? PAGES.slice(0, 1) : PAGES) {
          context.log(`lighthouse ${preset.name} ${page.path}`);
          // The desktop figure of the same page and metric, as the mobile row's baseline.
          const row = (metric: string, value: number, rest: Omit<BenchRow, "metric" | "value">) => {
            const key = `${page.name}: ${metric}`;
            if (preset.name === "desktop") desktop.set(key, value);
            const baseline = desktop.get(key);
            rows.push({
              metric: `${key} (${preset.name})`,
              value,
              ...rest,
              ...(preset.name === "mobile" && baseline !== undefined
                ? { baseline: { label: "desktop preset, same run", value: baseline } }
                : {}),
            });
          };
          const result = await lighthouse(
            new URL(page.path, preview.url).href,
            {
              port: chromium.port,
              logLevel: "error",
              onlyCategories: CATEGORIES.map((c) => c.id),
            },
            preset.config,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
          for (const category of CATEGORIES) {
            const found = lhr.categories[category.id];
            if (!found || found.score === null) continue;
            // The audits that cost points, so a lower score says where to look.
            const missed = found.auditRefs
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => ref.id);
            row(`${category.label} score`, found.score * 100, {
              unit: "score",
              better: "higher",
              ...(missed.length > 0 ? { note: `missed: ${missed.join(", ")}` } : {}),
            });
          }
          for (const vital of VITALS) {
            const value = lhr.audits[vital.id]?.numericValue;
            if (value === undefined) continue;
            row(vital.label, value, {
              unit: vital.unit,
              better: "lower",
              budget: vital.budget,
            });
          }
        }
      return rows;
    } finally {
      await Promise.all([chromium.stop(), preview.stop()]);
      rmSync(profile, { recursive: true, force: true });
    }
  },
};
