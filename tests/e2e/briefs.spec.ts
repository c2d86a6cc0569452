import { expect, expectNoAxeViolations, test } from "./test";

const BRIEF = "/briefs/2023-05-03-china-industries";

test("opens a brief from the list and reads it as written", async ({ page }) => {
  await page.goto("/briefs");
  const card = page.getByRole("listitem", { name: "3 May 2023" });
  await expect(card).toContainText("5 Top 5 · 8 policy news · 6 corporate news · 20 targets");
  await card.getByRole("link", { name: "3 May 2023" }).click();
  await expect(page).toHaveURL(BRIEF);
  await expect(
    page.getByRole("heading", { level: 1, name: "MERICS China Industries" }),
  ).toBeVisible();
  await expect(page.getByRole("article", { name: /1\. Going hammer and tongs/ })).toContainText(
    "MERICS comment:",
  );
  await expectNoAxeViolations(page);
});

test("follows an issuing body to its page and on to the filtered timeline", async ({ page }) => {
  await page.goto(BRIEF);
  const article = page.getByRole("article", { name: /1\. Going hammer and tongs/ });
  await article
    .getByRole("list", { name: "Issuing bodies" })
    .getByRole("link", { name: "NDRC" })
    .click();
  await expect(page).toHaveURL("/bodies/ndrc");
  await expect(
    page.getByRole("heading", { level: 1, name: "National Development and Reform Commission" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "on the timeline" }).click();
  await expect(page).toHaveURL("/timeline?issuer=ndrc");
  await expect(page.getByRole("heading", { level: 1, name: /timeline/i })).toBeVisible();
});

test("lands on an item a link points at", async ({ page }) => {
  await page.goto(`${BRIEF}#2023-04-24-mof-energy-subsidy-amendments`);
  const item = page.locator("[id='2023-04-24-mof-energy-subsidy-amendments']");
  await expect(item).toBeInViewport();
  await expect(item).toHaveAttribute("data-active", "true");
  await page
    .getByRole("navigation", { name: "Contents" })
    .getByRole("link", { name: /4\. Beijing ramps up/ })
    .click();
  await expect(page.locator("[id='2023-04-23-ipv6-evolution-opinions']")).toBeInViewport();
});

test("prints a brief without navigation", async ({ page }) => {
  await page.goto(BRIEF);
  await expect(
    page.getByRole("heading", { level: 1, name: "MERICS China Industries" }),
  ).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("combobox", { name: "Search everything" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(
    page.getByRole("heading", { level: 1, name: "MERICS China Industries" }),
  ).toBeVisible();
  await expect(page.getByText("关于推动铸造和锻压行业高质量发展的指导意见")).toBeVisible();
  await expect(page.locator("#noteworthy")).toHaveCSS("break-before", "page");
  const main = await page.getByRole("main").boundingBox();
  expect(main?.width).toBeGreaterThan(700);
});
