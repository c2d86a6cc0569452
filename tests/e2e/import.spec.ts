import { readFileSync, writeFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { makeBriefPdf } from "../../scripts/make-brief-pdf";
import { passwordPdf, scannedPdf } from "../bad-pdfs";
import { expect, expectNoAxeViolations, nextDownload, tabTo, test } from "./test";

const SEED = "../shared/briefs/000_acbf13cad50f6655.txt";
const seedText = readFileSync(SEED, "utf8");
const shipped = JSON.parse(
  readFileSync("public/data/briefs/2023-05-03-china-industries.json", "utf8"),
) as Brief;

type Brief = Record<"top5" | "policyNews" | "corporateNews" | "targets", Item[]>;
type Item = {
  id: string;
  text?: string;
  sectors?: string[];
  annotated?: string[];
  location?: unknown;
};

/**
 * What the brief's text states: ids, sectors (and the targets, which need a sector) and an
 * annotated place (a city's country) come from the reviewed annotations file, which a fresh
 * import does not have.
 */
function statedByText(brief: Brief) {
  const stated = (items: Item[]) =>
    items.map(({ id: _id, sectors: _sectors, annotated, location, ...rest }) =>
      annotated?.some((field) => field.startsWith("location")) ? rest : { ...rest, location },
    );
  return {
    ...brief,
    targets: [],
    top5: stated(brief.top5),
    policyNews: stated(brief.policyNews),
    corporateNews: stated(brief.corporateNews),
  };
}
const FOUND = "Found 5 Top 5 items, 8 policy news items and 6 corporate news items.";

interface StoredRecord {
  id: string;
  source: string;
  brief: unknown;
}

/** Every record in the browser's added-briefs store, read straight from IndexedDB. */
async function storedBriefs(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open("china-industries-added-briefs");
        open.onerror = () => reject(new Error("cannot open"));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("briefs")) return resolve([]);
          const all = db.transaction("briefs").objectStore("briefs").getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredRecord[]);
            db.close();
          };
        };
      }),
  );
}

/**
 * Serves the shipped registries with no shipped brief: the analyst's own archive before its first
 * import. The seed is the only real brief there is and it is shipped, so without this the import
 * would be "the same brief" (a second copy) and every view would show its items twice.
 */
async function serveWithoutShippedBriefs(page: Page) {
  // Read from disk, not fetched again from the server: a second request per load timed out
  // (route.fetch, 30 s) on a busy machine.
  const manifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as Record<
    string,
    unknown
  >;
  await page.route("**/data/index.json", (route) =>
    route.fulfill({ json: { ...manifest, briefs: [] } }),
  );
}

/** Every text the page's status regions show from now on, in order (a MutationObserver). */
function watchStatuses(page: Page): () => Promise<string[]> {
  const ready = page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { statusesSeen: seen });
    new MutationObserver(() => {
      for (const region of document.querySelectorAll("[role=status]")) {
        const text = region.textContent ?? "";
        if (text !== "" && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return async () => {
    await ready;
    return page.evaluate(() => ("statusesSeen" in window ? (window.statusesSeen as string[]) : []));
  };
}

async function keep(page: Page) {
  await page.getByRole("button", { name: "Add to my dashboard" }).click();
  await expect(page.getByText("Added to your dashboard.")).toBeVisible();
}

const timelineMark = (page: Page, name: RegExp) =>
  page.getByRole("group", { name: /^Policy timeline/ }).getByRole("button", { name });
const newsItems = (page: Page) =>
  page.getByRole("region", { name: "Corporate news items" }).getByRole("article");

/** The mark on every item of a brief added on this device, with the day it was added. */
const ADDED = /Added on this device, \d{1,2} [A-Z][a-z]+ \d{4}/;
const addedMarks = (scope: Locator) => scope.getByText(ADDED);

/**
 * The kept brief's items in the overview, the timeline (NEA filter, a mark and its details), the
 * news (country filter) and search, each marked as added on this device.
 */
async function expectInEveryView(page: Page) {
  await page.goto("/");
  const top5 = page.getByRole("region", { name: "MERICS Top 5" });
  await expect(top5.getByRole("heading", { level: 3 })).toHaveCount(5);
  await expect(addedMarks(top5)).toHaveCount(5);
  await expect(addedMarks(page.getByRole("region", { name: "Policy news" }))).toHaveCount(8);
  await expect(addedMarks(page.getByRole("region", { name: "Corporate news" }))).toHaveCount(6);
  await page.goto("/timeline?issuer=nea");
  const mark = timelineMark(page, /NEA outlined its priorities/);
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAccessibleName(ADDED);
  await expect(timelineMark(page, /MIIT requested submission/)).toHaveCount(0);
  await mark.click();
  await expect(
    addedMarks(page.getByRole("complementary", { name: /NEA outlined its priorities/ })),
  ).toBeVisible();
  await page.goto("/news?country=FR");
  await expect(newsItems(page)).toHaveCount(2);
  await expect(newsItems(page).first()).toContainText("16 large container ships");
  await expect(addedMarks(newsItems(page))).toHaveCount(2);
  await page.goto("/search?q=%E9%93%B8%E9%80%A0");
  const hits = page.getByRole("region", { name: "Policies (1)" });
  await expect(hits.getByRole("link", { name: /Going hammer and tongs/ })).toBeVisible();
  await expect(addedMarks(hits)).toHaveCount(1);
}

/**
 * A second copy of the shipped brief kept beside it: in every view the copy's items are marked
 * and the shipped ones are not. The overview shows the shipped brief (first of two of a date).
 */
async function expectMarkedOnlyOnTheCopy(page: Page) {
  await page.goto("/");
  const top5 = page.getByRole("region", { name: "MERICS Top 5" });
  await expect(top5.getByRole("heading", { level: 3 })).toHaveCount(5);
  await expect(addedMarks(page.getByRole("main"))).toHaveCount(0);
  await page.goto("/timeline?view=list");
  const rows = page.getByRole("row", { name: /Going hammer and tongs/ });
  await expect(rows).toHaveCount(2);
  await expect(addedMarks(rows)).toHaveCount(1);
  await page.goto("/targets");
  const targets = page.getByRole("list", { name: "Targets" });
  const twins = targets.getByRole("listitem", { name: shipped.targets[0]?.text });
  await expect(twins).toHaveCount(2);
  await expect(addedMarks(twins)).toHaveCount(1);
  await page.goto("/news?country=FR");
  await expect(newsItems(page)).toHaveCount(4);
  await expect(addedMarks(newsItems(page))).toHaveCount(2);
  await page.goto("/search?q=%E9%93%B8%E9%80%A0");
  const hits = page.getByRole("region", { name: "Policies (2)" }).getByRole("listitem");
  await expect(hits).toHaveCount(2);
  await expect(addedMarks(hits)).toHaveCount(1);
}

async function expectInNoView(page: Page) {
  await page.goto("/timeline?issuer=nea");
  await expect(page.getByRole("heading", { level: 1, name: "Policy timeline" })).toBeVisible();
  await expect(timelineMark(page, /NEA outlined its priorities/)).toHaveCount(0);
  await page.goto("/news?country=FR");
  await expect(page.getByRole("heading", { level: 1, name: /news/i })).toBeVisible();
  await expect(newsItems(page)).toHaveCount(0);
  await page.goto("/search?q=%E9%93%B8%E9%80%A0");
  await expect(page.getByText("Nothing found for “铸造”")).toBeVisible();
}

async function removeFromBriefsPage(page: Page) {
  await page.goto("/briefs");
  await page
    .getByRole("button", { name: "Remove the brief 2023-05-03-china-industries from this device" })
    .click();
  await expect(page.getByText("Added on this device")).toHaveCount(0);
}

test("imports the printed brief's PDF; every view finds it, a reload keeps it, removing takes it out", async ({
  page,
}) => {
  test.setTimeout(360_000);
  await serveWithoutShippedBriefs(page);
  const pdf = await makeBriefPdf(seedText);
  await page.goto("/");
  await page.getByRole("link", { name: "Add a brief" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a brief" })).toBeVisible();
  await page.getByLabel("Choose the brief's file").setInputFiles({
    name: "china-industries-2023-05.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(pdf.bytes),
  });
  await expect(page.getByRole("status").filter({ hasText: FOUND })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByRole("listitem", { name: /^1\. Going hammer and tongs/ })).toContainText(
    "Read from lines",
  );
  await expectNoAxeViolations(page);
  await keep(page);

  await expectInEveryView(page);
  await page.reload();
  await expect(page.getByText("Policies (1)")).toBeVisible();
  expect(await storedBriefs(page)).toHaveLength(1);
  await expectInEveryView(page);

  await removeFromBriefsPage(page);
  expect(await storedBriefs(page)).toEqual([]);
  await expectInNoView(page);
});

test("loads pdf.js only for a PDF: not on the overview, not for a text file", async ({ page }) => {
  test.setTimeout(180_000);
  const importWorker = /\/assets\/import\.worker-[\w-]+\.js$/;
  const pdfjs = /\/assets\/pdf(\.worker\.min)?-[\w-]+\.js$/;
  const workers: string[] = [];
  const scripts: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "MERICS Top 5" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect([...workers, ...scripts].filter((url) => importWorker.test(url))).toEqual([]);

  // A text file is read without pdf.js.
  await page.getByRole("link", { name: "Add a brief" }).click();
  const chooseFile = page.getByLabel("Choose the brief's file");
  await chooseFile.setInputFiles({
    name: "brief.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(seedText),
  });
  await expect(page.getByRole("status").filter({ hasText: FOUND })).toBeVisible({
    timeout: 90_000,
  });
  expect(workers.filter((url) => importWorker.test(url))).toHaveLength(1);
  expect(scripts.filter((url) => pdfjs.test(url))).toEqual([]);

  // The same watch sees pdf.js arrive once a PDF is chosen; its status says only pages read.
  const statuses = watchStatuses(page);
  await chooseFile.setInputFiles({
    name: "brief.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from((await makeBriefPdf(seedText)).bytes),
  });
  await expect(page.getByRole("status").filter({ hasText: FOUND })).toBeVisible({
    timeout: 90_000,
  });
  expect(scripts.filter((url) => pdfjs.test(url))).toHaveLength(2);
  expect(workers.filter((url) => importWorker.test(url))).toHaveLength(1);
  const shown = await statuses();
  expect(shown).toContain(FOUND);
  expect(
    shown.filter(
      (text) => text !== FOUND && !/^Reading brief\.pdf(: page \d+ of \d+)?…$/.test(text),
    ),
  ).toEqual([]);
});

test("reads pasted text the same way, into every view and out again", async ({ page }) => {
  test.setTimeout(300_000);
  await serveWithoutShippedBriefs(page);
  await page.goto("/import");
  await page.getByLabel("Or paste the brief's text").fill(seedText);
  await page.getByRole("button", { name: "Read the pasted text" }).click();
  await expect(page.getByRole("status").filter({ hasText: FOUND })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByRole("heading", { name: /Warnings/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = nextDownload(page);
  await page.getByRole("button", { name: "Download JSON" }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe("2023-05-03-china-industries.json");
  const downloaded = JSON.parse(readFileSync(await file.path(), "utf8")) as Brief;
  expect(statedByText(downloaded)).toEqual(statedByText(shipped));

  await keep(page);
  await expectInEveryView(page);
  await removeFromBriefsPage(page);
  await expectInNoView(page);
});

test("explains each bad input and keeps nothing", async ({ page }) => {
  test.setTimeout(180_000);
  const pdf = await makeBriefPdf(seedText);
  await page.goto("/import");
  const file = page.getByLabel("Choose the brief's file");
  const problems = page.getByRole("alert").filter({ hasText: "Nothing was added" });
  // A file on disk: the browser reads it from its path, not over the test protocol.
  const oversized = test.info().outputPath("huge.pdf");
  const bytes = Buffer.alloc(31 * 1024 * 1024, 0x20);
  bytes.write("%PDF-1.7\n");
  writeFileSync(oversized, bytes);
  const cases: [string, Buffer | null, RegExp][] = [
    ["huge.pdf", null, /huge\.pdf is 31\.0 MB, over the 30\.0 MB limit/],
    ["empty.txt", Buffer.alloc(0), /empty\.txt is empty; choose the brief's PDF or text file/],
    ["scan.pdf", Buffer.from(await scannedPdf()), /scan\.pdf: this PDF has no text we can read/],
    [
      "locked.pdf",
      Buffer.from(await passwordPdf()),
      /locked\.pdf: this PDF is protected by a password; save it without the password/,
    ],
    [
      "truncated.pdf",
      Buffer.from(pdf.bytes.slice(0, 2000)),
      /truncated\.pdf: this PDF is damaged or incomplete/,
    ],
    ["random.pdf", Buffer.from([0x13, 0x37, 0x00, 0xff, 0x42]), /random\.pdf is not a PDF/],
    ["notes.txt", Buffer.from("Shopping list\nmilk\neggs\n"), /not a China Industries brief/],
    [
      "brief.json",
      Buffer.from(JSON.stringify({ id: "2023-06-01-x", series: "S", publishedOn: "June 1" })),
      /brief\.json → publishedOn: expected a date like 2023-04-06/,
    ],
  ];
  for (const [name, buffer, message] of cases) {
    await file.setInputFiles(
      buffer ? { name, mimeType: "application/octet-stream", buffer } : oversized,
    );
    await expect(problems).toContainText(message, { timeout: 90_000 });
    await expect(page.getByRole("button", { name: "Add to my dashboard" })).toHaveCount(0);
    expect(await storedBriefs(page)).toEqual([]);
  }
  await expectNoAxeViolations(page);
});

test("the same brief twice: offers replace or keep both, and Cancel keeps nothing", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto("/import");
  const file = page.getByLabel("Choose the brief's file");
  const chooseShipped = () =>
    file.setInputFiles({
      name: "2023-05-03-china-industries.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(shipped)),
    });
  const dialog = page.getByRole("alertdialog");

  // The shipped brief itself: a second copy is possible, never silent.
  await chooseShipped();
  await page.getByRole("button", { name: "Add to my dashboard" }).click();
  await expect(dialog).toContainText(
    "This brief is already in the dashboard's shipped data (briefs/2023-05-03-china-industries.json)",
  );
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await storedBriefs(page)).toEqual([]);
  await page.getByRole("button", { name: "Add to my dashboard" }).click();
  await dialog.getByRole("button", { name: "Keep a second copy" }).click();
  await expect(page.getByText("Added to your dashboard.")).toBeVisible();
  const once = await storedBriefs(page);
  expect(once.map((record) => record.id)).toEqual(["2023-05-03-china-industries-copy"]);
  await expectMarkedOnlyOnTheCopy(page);
  await page.goto("/import");

  // The copy again: it was added on this device, so it can replace the one added before.
  await file.setInputFiles({
    name: "copy.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(once[0]?.brief)),
  });
  await page.getByRole("button", { name: "Add to my dashboard" }).click();
  await expect(dialog).toContainText(/^You added this brief on /);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await storedBriefs(page)).toEqual(once);
  await page.getByRole("button", { name: "Add to my dashboard" }).click();
  await dialog.getByRole("button", { name: "Replace the one added before" }).click();
  await expect(page.getByText("Added to your dashboard.")).toBeVisible();
  const replaced = await storedBriefs(page);
  expect(replaced.map((record) => [record.id, record.source])).toEqual([
    ["2023-05-03-china-industries-copy", "copy.json"],
  ]);
  await file.setInputFiles({
    name: "copy.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(once[0]?.brief)),
  });
  await page.getByRole("button", { name: "Add to my dashboard" }).click();
  await dialog.getByRole("button", { name: "Keep both" }).click();
  await expect(page.getByText("Added to your dashboard.")).toBeVisible();
  expect((await storedBriefs(page)).map((record) => record.id).sort()).toEqual([
    "2023-05-03-china-industries-copy",
    "2023-05-03-china-industries-copy-2",
  ]);
});

test("imports with the keyboard alone, axe-clean at every step", async ({ page }) => {
  test.setTimeout(360_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Add a brief" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Add a brief" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The file picker opens from the keyboard; a wrong file is explained.
  await tabTo(page, page.getByLabel("Choose the brief's file"));
  const choosing = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (
    await choosing
  ).setFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await expect(page.getByRole("alert")).toContainText("empty.txt is empty");
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByLabel("Or paste the brief's text"));
  await page.keyboard.insertText(seedText);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Read the pasted text" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: FOUND })).toBeVisible({
    timeout: 90_000,
  });
  await expectNoAxeViolations(page);

  // Leave out one item with the keyboard, then keep the brief.
  const dropped = page
    .getByRole("listitem", { name: /^1\. Going hammer and tongs/ })
    .getByRole("checkbox", { name: "Leave this item out" });
  await tabTo(page, dropped, "Tab", 200);
  await page.keyboard.press("Space");
  await expect(dropped).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Add to my dashboard" }), "Tab", 300);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByRole("button", { name: "Keep a second copy" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Add to my dashboard" })).toBeFocused();
  expect(await storedBriefs(page)).toEqual([]);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Read it" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/briefs\/2023-05-03-china-industries-copy$/);
  await expect(page.getByText("Added on this device")).toBeVisible();
  await expect(page.getByText("Going hammer and tongs")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
