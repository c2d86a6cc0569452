import { readFileSync } from "node:fs";
import { readManyBriefsExpectations, serveManyBriefs } from "./many-briefs";
import { expect, expectNoAxeViolations, test } from "./test";

/** Names from the fixture's registry files, so the spec lists what a reader sees for each id. */
function registryNames(
  file: string,
  key: string,
  nameOf: (record: Record<string, string>) => string,
) {
  const records = (
    JSON.parse(readFileSync(`tests/fixtures/many-briefs/registries/${file}`, "utf8")) as Record<
      string,
      Record<string, string>[]
    >
  )[key];
  return new Map((records ?? []).map((record) => [record.id, nameOf(record)]));
}

test.beforeEach(async ({ page }) => {
  await serveManyBriefs(page);
});

test("the overview of the 24th brief lists exactly what it adds, each a link into the reader", async ({
  page,
}) => {
  const expected = readManyBriefsExpectations().newInLatest;
  const bodies = registryNames(
    "issuing-bodies.json",
    "issuingBodies",
    (b) => `${b.nameEn} (${b.acronym})`,
  );
  const companies = registryNames("companies.json", "companies", (c) => c.name ?? "");
  const sectors = registryNames("sectors.json", "sectors", (s) => s.nameEn ?? "");
  await page.goto("/");
  const section = page.getByRole("region", { name: "New in this brief" });
  const group = (name: string) => section.getByRole("list", { name }).getByRole("listitem");
  await expect(group("Issuing bodies seen for the first time")).toHaveText(
    expected.issuingBodies.map((id) => bodies.get(id) ?? id),
  );
  await expect(group("Companies seen for the first time")).toHaveText(
    expected.companies.map((id) => companies.get(id) ?? id),
  );
  await expect(group("Sectors seen for the first time")).toHaveText(
    expected.sectors.map((id) => sectors.get(id) ?? id),
  );
  await expect(group("Follow-ups to earlier documents")).toHaveCount(expected.followUps.length);
  await expect(group("Targets due within 12 months")).toHaveCount(expected.targetsDue.length);
  await expectNoAxeViolations(page);

  await section.getByRole("link", { name: "Synthetic Co. 0013" }).click();
  await expect(page).toHaveURL(/\/briefs\/synthetic-2022-12#/);
  await expect(page.locator(`[data-active="true"]`)).toContainText("Synthetic Co. 0013");
});
