import type { Locator, Page } from "@playwright/test";
import { expect, nextDownload, test } from "./test";

// A phone held by a finger: every chart's tooltip and export menu by tap alone.
test.slow();
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const WIDTH = 390;

/**
 * Taps inside a chart's plot in the band of one category (a tick label on the axis), where the
 * chart shows that category's tooltip: beside the label for bars along the horizontal, above it
 * for bars standing up.
 */
async function tapCategory(
  figure: Locator,
  tick: string | RegExp,
  bars: "horizontal" | "vertical",
) {
  const plot = figure.getByRole("img").first();
  await plot.scrollIntoViewIfNeeded();
  const label = await plot.getByText(tick, { exact: true }).first().boundingBox();
  const box = await plot.boundingBox();
  if (!label || !box) throw new Error(`no tick '${String(tick)}' in the chart`);
  const at =
    bars === "horizontal"
      ? { x: box.x + box.width * 0.8, y: label.y + label.height / 2 }
      : { x: label.x + label.width / 2, y: box.y + box.height * 0.5 };
  await figure.page().touchscreen.tap(at.x, at.y);
}

/** Taps somewhere that is no chart: the page's heading. */
async function tapOutside(page: Page) {
  await page.getByRole("heading", { level: 1 }).tap();
}

/** The export menu opens by tap inside the phone's width, and a tapped item downloads. */
async function exportCsvByTap(page: Page, figure: Locator, file: RegExp) {
  const button = figure.getByRole("button", { name: "Export" });
  await button.tap();
  const menu = figure.getByRole("menu", { name: "Export chart" });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Download SVG" })).toBeVisible();
  const box = await menu.boundingBox();
  expect(box?.x ?? -1, "the menu starts inside the screen").toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity), "and ends inside it").toBeLessThanOrEqual(WIDTH);
  const download = nextDownload(page);
  await menu.getByRole("menuitem", { name: "Download CSV (data)" }).tap();
  expect((await download).suggestedFilename()).toMatch(file);
  await expect(menu).toBeHidden();
}

const CHARTS = [
  {
    url: "/",
    figure: "Policies by issuing body",
    tick: "MIIT",
    bars: "horizontal",
    tooltip: "All: 6 policies",
    file: /^policies-by-issuing-body.*\.csv$/,
  },
  {
    url: "/targets",
    figure: "Targets by sector",
    tick: "Education and talent",
    bars: "horizontal",
    tooltip: "All: 4 targets",
    file: /^targets-by-sector.*\.csv$/,
  },
  {
    url: "/targets",
    figure: "Quantitative targets",
    tick: /^Energy consumption per ton/,
    bars: "horizontal",
    tooltip: "Reduce by 5 percent",
    file: /^quantitative-targets.*\.csv$/,
  },
  {
    url: "/targets",
    figure: "Deadlines",
    tick: "2025",
    bars: "vertical",
    tooltip: /^All: \d+ targets$/,
    file: /^target-deadlines.*\.csv$/,
  },
  {
    url: "/news",
    figure: "Corporate news by home country",
    tick: "Germany",
    bars: "horizontal",
    tooltip: "News items : 1",
    file: /^news-by-country.*\.csv$/,
  },
  {
    url: "/bodies/miit",
    figure: "Documents of MIIT by month",
    tick: "Apr 2023",
    bars: "vertical",
    tooltip: "As lead issuer : 4",
    file: /^miit-documents-by-month.*\.csv$/,
  },
  {
    url: "/bodies/miit",
    figure: "Targets of MIIT by deadline year",
    tick: "2025",
    bars: "vertical",
    tooltip: /^With a number : \d+$/,
    file: /^miit-targets.*\.csv$/,
  },
] as const;

for (const { url, figure: name, tick, bars, tooltip, file } of CHARTS) {
  test(`${name} on ${url}: a tap shows the tooltip, a tap elsewhere hides it, export by tap`, async ({
    page,
  }) => {
    await page.goto(url);
    const figure = page.getByRole("figure", { name });
    await expect(figure.getByRole("img")).toBeVisible();
    const tip = figure.getByText(tooltip);
    // A page still settling (fonts, a lazy part above) may move the chart under the finger.
    await expect(async () => {
      await tapCategory(figure, tick, bars);
      await expect(tip).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await tapOutside(page);
    await expect(tip).toBeHidden();
    await exportCsvByTap(page, figure, file);
  });
}

test("a timeline mark's card has a tap equivalent: the detail panel, closed by tap", async ({
  page,
}) => {
  await page.goto("/timeline");
  const chart = page.getByRole("group", { name: /^Policy timeline/ });
  const mark = chart.getByRole("button", { name: /^Top 5: Going hammer and tongs/ }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.tap();
  const panel = page.getByRole("complementary", { name: /Going hammer and tongs/ });
  await expect(panel.getByText("14 April 2023")).toBeVisible();
  await expect(
    panel.getByText("Ministry of Industry and Information Technology", { exact: true }),
  ).toBeVisible();
  await panel.getByRole("button", { name: "Close" }).tap();
  await expect(panel).toBeHidden();
  await exportCsvByTap(
    page,
    page.getByRole("figure", { name: "Policies by issuing body" }),
    /\.csv$/,
  );
});
