import { expect, expectNoAxeViolations, test } from "./test";

test("searches from the header and lands on the chosen item", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.keyboard.press("/");
  const search = page.getByRole("combobox", { name: "Search everything" });
  await expect(search).toBeFocused();
  await search.pressSequentially("VW");
  const news = page.getByRole("option", { name: /Cariad is setting up a joint venture/ });
  await expect(news).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(news).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(
    /\/briefs\/2023-05-03-china-industries#2023-04-13-cariad-thundersoft-jv$/,
  );
  const item = page.locator("[id='2023-04-13-cariad-thundersoft-jv']");
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  await expect(item).toHaveAttribute("data-active", "true");
});

test("finds Chinese words and opens the full results page", async ({ page }) => {
  await page.goto("/briefs");
  await expect(page.getByRole("heading", { level: 1, name: "Briefs" })).toBeVisible();
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("combobox", { name: "Search everything" })).toBeFocused();
  await page.keyboard.type("铸造");
  await expect(page.getByRole("option", { name: /Going hammer and tongs/ }).first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E9%93%B8%E9%80%A0$/);
  const policies = page.getByRole("region", { name: "Policies (1)" });
  await expect(policies.getByRole("link", { name: /Going hammer and tongs/ })).toHaveAttribute(
    "href",
    "/timeline?item=2023-04-14-foundry-forging-opinions",
  );
  await expect(policies.locator("mark").first()).toHaveText("铸造");
  await expectNoAxeViolations(page);
});

test("keeps the search page's filters in the URL across a reload", async ({ page }) => {
  await page.goto("/search?q=MIIT&issuer=nea");
  await expect(page.getByText("1 result for “MIIT”")).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove filter NEA" })).toBeVisible();
  // A click, then the state: the URL drives the box, a moment after the click.
  const bodies = page.getByRole("checkbox", { name: /Issuing bodies/ });
  await bodies.click();
  await expect(bodies).toBeChecked();
  await expect(page).toHaveURL(/\?q=MIIT&issuer=nea&kind=issuer$/);
  await page.reload();
  await expect(page.getByText("Nothing found for “MIIT”")).toBeVisible();
  await page.goBack();
  await expect(page.getByText("1 result for “MIIT”")).toBeVisible();
});
