import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import type ManyBriefsExpectationsFile from "../fixtures/many-briefs.expected.json";

type ManyBriefsExpectations = typeof ManyBriefsExpectationsFile;

const FIXTURE = resolve("tests/fixtures/many-briefs");

/**
 * Serves the synthetic 24-brief fixture in place of the shipped data: every request under
 * /data/ is answered from tests/fixtures/many-briefs/, so one build serves both data sets.
 */
export async function serveManyBriefs(page: Page): Promise<void> {
  await page.route("**/data/**", async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, "");
    try {
      await route.fulfill({
        body: await readFile(resolve(FIXTURE, path), "utf8"),
        contentType: "application/json",
      });
    } catch {
      await route.fulfill({ status: 404, body: "not in the fixture" });
    }
  });
}

/** The fixture's hand-checked facts (read, not imported: Playwright's loader wants an attribute). */
export function readManyBriefsExpectations(): ManyBriefsExpectations {
  return JSON.parse(
    readFileSync("tests/fixtures/many-briefs.expected.json", "utf8"),
  ) as ManyBriefsExpectations;
}
