import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, test } from "./test";

const seedText = readFileSync("../shared/briefs/000_acbf13cad50f6655.txt", "utf8");
const webPage = readFileSync("tests/fixtures/ingest/seed-brief-web-page.txt", "utf8");
const FOUND = "Found 5 Top 5 items, 8 policy news items and 6 corporate news items.";

test("reads a brief's text saved as UTF-16 (Windows 'Unicode'), says so, and refuses a binary file", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/import");
  const file = page.getByLabel("Choose the brief's file");
  await file.setInputFiles({
    name: "brief-unicode.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`\ufeff${seedText}`, "utf16le"),
  });
  await expect(
    page.getByRole("status").filter({
      hasText: "brief-unicode.txt is UTF-16 (little-endian) text; it was read as such.",
    }),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: FOUND })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole("listitem", { name: /^1\. Going hammer and tongs/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await file.setInputFiles({
    name: "brief.doc",
    mimeType: "application/msword",
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0xff, 0x80]),
  });
  await expect(page.getByRole("alert")).toContainText(
    "brief.doc is not text in UTF-8, UTF-16 or GB18030/GBK (it may be a Word, Excel or other binary file)",
  );
  await expect(page.getByRole("status").filter({ hasText: "UTF-16" })).toHaveCount(0);
});

test("a web page copied without its dates and document lines: the analyst gives them, and the brief is kept", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/import");
  await page.getByLabel("Or paste the brief's text").fill(webPage);
  await page.getByRole("button", { name: "Read the pasted text" }).click();
  const dates = page.getByRole("region", { name: "When was this brief published?" });
  await expect(dates).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("alert")).toHaveCount(0);
  await dates.getByLabel("Published on").fill("3 May 2023");
  await dates.getByLabel("Reporting period from").fill("28 Mar 2023");
  await dates.getByRole("button", { name: "Read with these dates" }).click();
  await expect(dates.getByRole("alert")).toHaveText(
    "Give the publication date and both ends of the reporting period.",
  );
  await dates.getByLabel("Reporting period to").fill("2023-04-24");
  await dates.getByRole("button", { name: "Read with these dates" }).click();

  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /Found 0 Top 5 items, 8 policy news items and 6 corporate news items/ }),
  ).toBeVisible({ timeout: 60_000 });
  const incomplete = page.getByRole("region", { name: "Top 5 items without their document (5)" });
  const first = incomplete.getByRole("listitem", { name: /^1\. Going hammer and tongs/ });
  await expect(first).toContainText("Missing the document's title, its issuing bodies, its date");
  // The bodies the item's text names start the list; the analyst completes it from the brief.
  const issuers = first.getByLabel("Issuing bodies (acronyms or names, separated by commas)");
  await expect(issuers).toHaveValue("MIIT");
  await issuers.fill("MIIT, NDRC, MEE");
  await first
    .getByLabel("English title")
    .fill(
      "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
    );
  await first.getByLabel("Chinese title").fill("关于推动铸造和锻压行业高质量发展的指导意见");
  await first.getByLabel("Document date").fill("14 Apr 2023");
  await first.getByRole("button", { name: "Add item 1" }).click();

  await expect(page.getByRole("status").filter({ hasText: /Found 1 Top 5 item/ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    page.getByRole("region", { name: "Top 5 items without their document (4)" }),
  ).toBeVisible();
  const item = page.getByRole("region", { name: "Top 5 items" }).getByRole("listitem", {
    name: /^1\. Going hammer and tongs/,
  });
  await expect(item).toBeVisible();
  await expectNoAxeViolations(page);

  // The same brief ships with the app: the analyst keeps this copy beside it.
  await page.getByRole("button", { name: "Add to my dashboard" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Keep a second copy" }).click();
  await page.getByRole("link", { name: "Read it" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MERICS China Industries");
  await expect(page.getByText("Added on this device")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Going hammer and tongs/ })).toBeVisible();
  await expect(page.getByText("关于推动铸造和锻压行业高质量发展的指导意见")).toBeVisible();
});
