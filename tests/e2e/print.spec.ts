import type { Page } from "@playwright/test";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { extractPdfText } from "../../src/ingest/pdf-text";
import { expect, test } from "./test";

// Builds a PDF per page and reads it back: slow on a busy machine.
test.slow();

/** Text compared without white space: PDF text runs break lines and words where they like. */
const squash = (text: string) => text.replace(/\s+/g, "");

/**
 * Prints the page as Chromium's "Save as PDF" does (print media, A4) and returns its text,
 * with what each chart showed in print layout: its title, axis labels and legend.
 */
async function printPage(page: Page) {
  await page.emulateMedia({ media: "print" });
  const figures = page.getByRole("figure");
  const count = await figures.count();
  const charts: { title: string; labels: string[]; width: number }[] = [];
  for (let at = 0; at < count; at++) {
    const figure = figures.nth(at);
    const surface = figure.locator("svg.recharts-surface").first();
    // The chart redraws for the paper's width; wait until it has.
    await expect.poll(async () => (await surface.boundingBox())?.width ?? 0).toBeGreaterThan(400);
    await expect(figure.locator(".recharts-cartesian-axis-tick-value").first()).toBeVisible();
    charts.push({
      title: (await figure.getByRole("heading").first().textContent()) ?? "",
      labels: await figure
        .locator(".recharts-cartesian-axis-tick-value, [aria-label='Legend'] li")
        .allTextContents(),
      width: (await surface.boundingBox())?.width ?? 0,
    });
  }
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  return { charts, text: squash(await extractPdfText(new Uint8Array(pdf), pdfjs)) };
}

async function expectChartsInPdf(page: Page, titles: readonly string[]) {
  const { charts, text } = await printPage(page);
  expect(charts.map((chart) => chart.title)).toEqual(titles);
  for (const chart of charts) {
    expect(text, `the PDF holds the title "${chart.title}"`).toContain(squash(chart.title));
    expect(chart.labels.length, `${chart.title} has axis labels`).toBeGreaterThan(0);
    for (const label of chart.labels) {
      expect(text, `the PDF holds "${label}" of ${chart.title}`).toContain(squash(label));
    }
  }
  return text;
}

test("prints every Targets chart at paper width with its axes, legend and open data table", async ({
  page,
}) => {
  await page.goto("/targets");
  const bySector = page.getByRole("figure", { name: "Targets by sector" });
  await expect(bySector.getByRole("button", { name: /Foundry and forging/ }).first()).toBeVisible();
  await bySector.getByRole("button", { name: "Show data" }).click();
  const text = await expectChartsInPdf(page, [
    "Targets by sector",
    "Quantitative targets",
    "Deadlines",
  ]);
  // The open data table prints too, and no control does.
  expect(text).toContain(squash("Foundry and forging 铸造和锻压 4 0 4"));
  expect(text).not.toContain(squash("Hide data"));
  expect(text).not.toContain(squash("Export"));
});

test("prints the Corporate news chart and keeps each item's companies and countries", async ({
  page,
}) => {
  await page.goto("/news");
  await expect(page.getByRole("figure").first()).toBeVisible();
  const text = await expectChartsInPdf(page, ["Corporate news by home country"]);
  for (const name of ["Volkswagen", "Cariad", "ThunderSoft", "CMA CGM", "Gränges"]) {
    expect(text, `the PDF names ${name}`).toContain(squash(name));
  }
});

test("prints an issuing body's charts", async ({ page }) => {
  await page.goto("/bodies/miit");
  await expect(page.getByRole("figure").first()).toBeVisible();
  await expectChartsInPdf(page, ["Documents of MIIT by month", "Targets of MIIT by deadline year"]);
});
