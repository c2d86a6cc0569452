import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./test";

const FOUNDRY = "2023-04-14-foundry-forging-opinions";
const chart = (page: Page) => page.getByRole("group", { name: /^Policy timeline/ });
const shown = (page: Page) => page.getByText(/^Showing /);

async function openTimeline(page: Page, url = "/timeline") {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Policy timeline" })).toBeVisible();
}

test("filters to MIIT, shows only its policies and opens one", async ({ page }) => {
  // Two full axe scans of a chart of SVG marks: slow on a loaded 2-core machine.
  test.slow();
  await openTimeline(page);
  // The name Chrome computes, count included, with no stray space before the comma.
  await expect(page.getByRole("radio", { name: "Top 5, 5 policies", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("combobox", { name: "Issuing body" }).fill("MIIT");
  await page.getByRole("option", { name: /^MIIT/ }).click();
  await expect(page).toHaveURL(/issuer=miit/);
  const marks = chart(page).getByRole("button", { name: /^(Top 5|Policy news):/ });
  // The filtered marks are drawn in a transition: wait until the others have gone.
  await expect(
    chart(page).getByRole("button", { name: /NEA outlined its priorities/ }),
  ).toHaveCount(0);
  await expect(marks.first()).toBeVisible();
  const names = await marks.evaluateAll((all) => all.map((m) => m.getAttribute("aria-label")));
  for (const name of names) expect(name).toContain("MIIT");

  await chart(page).locator(`[data-key="miit/${FOUNDRY}"]`).first().click();
  const details = page.getByRole("complementary", { name: /Going hammer and tongs/ });
  await expect(details).toBeVisible();
  await expect(details.getByText("关于推动铸造和锻压行业高质量发展的指导意见")).toHaveAttribute(
    "lang",
    "zh-Hans",
  );
  await expect(page).toHaveURL(new RegExp(`item=${FOUNDRY}`));
  await expectNoAxeViolations(page);
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("opens a policy's details beside the chart, the filters still in view", async ({ page }) => {
    await page.goto(`/timeline?item=${FOUNDRY}`);
    const details = page.getByRole("complementary", { name: /Going hammer and tongs/ });
    const filters = page.getByRole("complementary", { name: "Filters" });
    await expect(details).toBeVisible();
    await expect(filters.getByRole("combobox", { name: "Issuing body" })).toBeVisible();
    await expect(chart(page)).toBeVisible();
    const [filtersBox, chartBox, detailsBox] = await Promise.all(
      [filters, chart(page), details].map((part) => part.boundingBox()),
    );
    // Three columns, left to right, none over another.
    expect((filtersBox?.x ?? 0) + (filtersBox?.width ?? 0)).toBeLessThanOrEqual(chartBox?.x ?? 0);
    expect((chartBox?.x ?? 0) + (chartBox?.width ?? 0)).toBeLessThanOrEqual(detailsBox?.x ?? 0);
    // The document's Chinese title and date come before its issuing bodies.
    await expect(details).toContainText(
      /关于推动铸造和锻压行业高质量发展的指导意见.*14 April 2023.*Issuing bodies/,
    );
  });
});

test("zooms in and out, steps back and forward, and reopens the same view elsewhere", async ({
  page,
  context,
}) => {
  await openTimeline(page, `/timeline?issuer=miit&item=${FOUNDRY}`);
  // Each step waits for the range it drew before the next: a busy machine draws late.
  const before = await shown(page).textContent();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(shown(page)).not.toHaveText(before ?? "");
  await expect(page).toHaveURL(/start=\d{4}-\d{2}-\d{2}&end=/);
  const once = await shown(page).textContent();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect(shown(page)).not.toHaveText(once ?? "");
  const out = await shown(page).textContent();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(shown(page)).not.toHaveText(out ?? "");
  const zoomed = await shown(page).textContent();

  const copy = await context.newPage();
  await openTimeline(copy, page.url());
  await expect(shown(copy)).toHaveText(zoomed ?? "");
  await expect(copy.getByRole("button", { name: "Remove filter MIIT" })).toBeVisible();
  await expect(copy.getByRole("complementary", { name: /Going hammer and tongs/ })).toBeVisible();

  // Back steps through the zoom changes: one step undoes the last zoom in.
  await page.goBack();
  await expect(shown(page)).not.toHaveText(zoomed ?? "");
  await page.goForward();
  await expect(shown(page)).toHaveText(zoomed ?? "");
});

test("zooms with the wheel over the dates and pans by dragging", async ({ page }) => {
  await openTimeline(page);
  const before = await shown(page).textContent();
  const axis = await chart(page).boundingBox();
  if (!axis) throw new Error("no chart");
  await page.mouse.move(axis.x + axis.width * 0.6, axis.y + 10);
  await page.mouse.wheel(0, -400);
  await expect(shown(page)).not.toHaveText(before ?? "");
  await expect(page).toHaveURL(/start=/);
  const zoomed = await shown(page).textContent();
  await page.mouse.move(axis.x + axis.width * 0.6, axis.y + 120);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width * 0.3, axis.y + 120, { steps: 8 });
  await page.mouse.up();
  await expect(shown(page)).not.toHaveText(zoomed ?? "");
});

test("works by keyboard alone", async ({ page }) => {
  await openTimeline(page, "/timeline?issuer=mof&lead=1");
  await expect(chart(page).locator("[data-policy]").first()).toBeVisible();
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.hasAttribute("data-policy") ?? false))
      break;
  }
  const first = await page.evaluate(() => document.activeElement?.getAttribute("data-policy"));
  expect(first).toBe("2023-03-28-mof-rd-super-deduction");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const details = page.getByRole("complementary", { name: /Ministry of Finance|MOF/ });
  await expect(details).toBeVisible();
  await expect(details.getByRole("heading", { level: 2 })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(details).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-policy")))
    .toBe("2023-04-24-mof-energy-subsidy-amendments");
  const before = await shown(page).textContent();
  await page.keyboard.press("+");
  await expect(shown(page)).not.toHaveText(before ?? "");
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-key")))
    .toBe(true);
  await page.keyboard.press("0");
  await expect(page).not.toHaveURL(/start=/);
});

test("deep-links to an item and lists the policies for screen readers", async ({ page }) => {
  await openTimeline(page, `/timeline?item=${FOUNDRY}&view=list`);
  await expect(page.getByRole("complementary", { name: /Going hammer and tongs/ })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(14);
  await table.getByRole("button", { name: /Issuing bodies/ }).click();
  await expect(page).toHaveURL(/sort=issuer-asc/);
  await expectNoAxeViolations(page);
});

test("shows who issues with whom and filters to a pair", async ({ page }) => {
  await openTimeline(page, "/timeline?view=co-issuance");
  const grid = page.getByRole("grid", { name: /Co-issuance matrix/ });
  await expect(grid).toBeVisible();
  await expectNoAxeViolations(page);
  await grid.getByRole("gridcell", { name: "MIIT with NDRC: 3 documents" }).click();
  await expect(page).toHaveURL(/issuer=miit%2Cndrc&match=all/);
  // Three documents name both bodies; each appears in the lane of every one of its issuers.
  const marks = chart(page).getByRole("button", { name: /^(Top 5|Policy news):/ });
  await expect
    .poll(async () => {
      const names = await marks.evaluateAll((all) =>
        all.map((m) => (m.getAttribute("aria-label") ?? "").split(". ")[0]),
      );
      return new Set(names).size;
    })
    .toBe(3);
});
