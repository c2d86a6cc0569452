import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./test";

// Axe scans of three charts and reloads: give a busy machine room before calling a test stuck.
test.slow();

async function openTargets(page: Page, url = "/targets") {
  await page.goto(url);
  await expect(page.getByRole("figure", { name: "Targets by sector" })).toBeVisible();
}

// Counted by hand from the brief: one target per Top 5 bullet (until issue 14 a bullet with two
// figures made two, so foundry and education showed 5) and one from a policy news clause.
const SECTOR_BARS = [
  "Education and talent, 2025: 4 targets",
  "Foundry and forging, 2025: 4 targets",
  "Artificial intelligence, No year stated: 4 targets",
  "Telecoms and internet infrastructure, 2025: 4 targets",
  "SMEs and innovation, No year stated: 3 targets",
  "Semiconductors, 2025: 1 target",
];

test("shows the sectors of the brief with their counts", async ({ page }) => {
  await openTargets(page);
  await expect(page.getByRole("heading", { level: 1, name: "Targets by sector" })).toBeVisible();
  await expect(
    page.getByText("20 targets from 1 brief: 19 Top 5 bullets and 1 from policy news"),
  ).toBeVisible();
  const chart = page.getByRole("figure", { name: "Targets by sector" });
  for (const name of SECTOR_BARS) await expect(chart.getByRole("button", { name })).toBeVisible();
  await expect(chart.getByText("All targets · By target year")).toBeVisible();
  await chart.getByRole("button", { name: "Show data" }).click();
  await expect(
    chart.getByRole("row", { name: /^Foundry and forging 铸造和锻压 4 0 4$/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("filters to MIIT, narrows the list to a clicked bar and follows a target to its policy", async ({
  page,
}) => {
  await openTargets(page);
  await page.getByRole("combobox", { name: "Issuing body" }).fill("MIIT");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/targets\?issuer=miit$/);
  const chart = page.getByRole("figure", { name: "Targets by sector" });
  await expect(chart.getByText("MIIT · By target year")).toBeVisible();
  await expect(chart.getByRole("button", { name: /^Artificial intelligence/ })).toHaveCount(0);

  await chart.getByRole("button", { name: "Foundry and forging, 2025: 4 targets" }).click();
  const list = page.getByRole("region", { name: "Targets" });
  await expect(list.getByRole("status")).toHaveText(
    "4 of 16 targets, selected in a chart: Foundry and forging · 2025",
  );
  // The bullet with two figures is one target showing both.
  const twoFigures = list.getByRole("listitem").filter({ hasText: "particulate matter" });
  await expect(twoFigures).toHaveCount(1);
  await expect(twoFigures).toContainText("Energy consumption per ton of forged materials");
  await expectNoAxeViolations(page);

  // The selection and filters live in the address: a reload keeps them.
  await page.reload();
  await expect(list.getByRole("status")).toContainText("4 of 16 targets");

  await list
    .getByRole("link", { name: /Going hammer and tongs/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/timeline\?item=2023-04-14-foundry-forging-opinions$/);
  await expect(page.getByRole("heading", { level: 1, name: /timeline/i })).toBeVisible();
});

test("selects a bar by keyboard and compares numbers of one unit at a time", async ({ page }) => {
  await openTargets(page, "/targets?breakdown=issuer");
  const semiconductors = page.getByRole("button", { name: "Semiconductors, MIIT: 1 target" });
  await semiconductors.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Targets" }).getByRole("status")).toHaveText(
    "1 of 20 targets, selected in a chart: Semiconductors · MIIT",
  );

  const quantitative = page.getByRole("figure", { name: "Quantitative targets" });
  await expect(
    quantitative.getByRole("button", {
      name: "Particulate matter pollution in the foundry industry: Reduce by more than 30 percent compared to 2020",
    }),
  ).toBeVisible();
  await quantitative.getByText("Training bases (1)").click();
  await expect(quantitative.getByRole("radio", { name: "Training bases (1)" })).toBeChecked();
  await expect(quantitative.getByText("All targets · Number of training bases")).toBeVisible();
  await expect(quantitative.getByRole("button")).toHaveCount(3); // Show data, Export, one bar
  await expectNoAxeViolations(page);
});

test("shows an empty state when the filters leave nothing", async ({ page }) => {
  await page.goto("/targets?issuer=cac&sector=semiconductors");
  await expect(page.getByText("No targets match these filters")).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/targets$/);
  await expect(page.getByRole("figure", { name: "Targets by sector" })).toBeVisible();
});

/** Every text of every chart lies inside its chart: nothing is clipped at the edges. */
async function expectChartsUnclipped(page: Page) {
  // Polled: the charts size themselves to their frame a moment after it changes.
  await expect.poll(() => chartOverflows(page)).toEqual([]);
}

function chartOverflows(page: Page) {
  return page.locator("figure").evaluateAll((figures) =>
    figures.flatMap((figure) => {
      const svg = figure.querySelector("svg.recharts-surface");
      if (!svg) return [];
      const box = svg.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      const problems =
        box.right > frame.right + 1 ? [`${figure.textContent?.slice(0, 20)}: svg`] : [];
      for (const text of svg.querySelectorAll("text")) {
        const rect = text.getBoundingClientRect();
        if (rect.width === 0) continue;
        if (
          rect.left < box.left - 1 ||
          rect.right > box.right + 1 ||
          rect.top < box.top - 1 ||
          rect.bottom > box.bottom + 1
        ) {
          problems.push(`"${text.textContent}" sticks out of its chart`);
        }
      }
      return problems;
    }),
  );
}

test("fits the charts to a laptop and a tablet, long sector names included", async ({ page }) => {
  await openTargets(page, "/targets?breakdown=issuer");
  await expect(
    page.getByRole("button", { name: /^Telecoms and internet infrastructure, MIIT/ }),
  ).toBeVisible();
  await expectChartsUnclipped(page);
  const wide = await page.locator("svg.recharts-surface").first().boundingBox();

  await page.setViewportSize({ width: 768, height: 1024 });
  await expect
    .poll(async () => (await page.locator("svg.recharts-surface").first().boundingBox())?.width)
    .toBeLessThan(wide?.width ?? 0);
  // The chart's own label: on a tablet the filters (which name the sector too) fold away.
  await expect(
    page
      .getByRole("figure", { name: "Targets by sector" })
      .getByText("电信与互联网基础设施")
      .first(),
  ).toBeVisible();
  await expectChartsUnclipped(page);
  await expect(page.locator("html")).toHaveJSProperty("scrollWidth", 768);
});
