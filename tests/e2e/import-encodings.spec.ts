import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, test } from "./test";

const seedText = readFileSync("../shared/briefs/000_acbf13cad50f6655.txt", "utf8");
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
