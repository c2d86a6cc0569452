import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ManifestSchema } from "@/data/schema";
import { manifestRevision } from "../../scripts/manifest-revision";
import { loadShippedDataset } from "../disk-dataset";

describe("the shipped data", () => {
  it("loads with no problems", async () => {
    const dataset = await loadShippedDataset();
    expect(dataset.problems).toEqual([]);
    expect(dataset.synthetic).toBe(false);
  });

  it("carries the revision of the files it lists, so a repeat visit sees an edited file", () => {
    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync("public/data/index.json", "utf8")),
    );
    const current = manifestRevision(manifest, (entry) =>
      readFileSync(`public/data/${entry}`, "utf8"),
    );
    // When this fails, a data file was edited by hand: `npm run revise` sets the revision.
    expect(manifest.revision).toBe(current);
  });

  it("holds the whole brief of 3 May 2023", async () => {
    const [brief] = (await loadShippedDataset()).briefs;
    expect(brief?.publishedOn.iso).toBe("2023-05-03");
    expect(brief?.reportingPeriod.start.iso).toBe("2023-03-28");
    expect(brief?.reportingPeriod.end.iso).toBe("2023-04-24");
    expect(brief?.policies.filter((p) => p.kind === "top5")).toHaveLength(5);
    expect(brief?.policies.filter((p) => p.kind === "news")).toHaveLength(8);
    expect(brief?.corporateNews).toHaveLength(6);
  });

  it("resolves the eight co-issuers of the IPv6 opinions in their printed order", async () => {
    const dataset = await loadShippedDataset();
    const ipv6 = dataset.policies.find((p) => p.title.en?.includes("IPv6"));
    expect(ipv6?.issuingBodies.map((b) => b.acronym)).toEqual([
      "MIIT",
      "CAC",
      "NDRC",
      "MOE",
      "MOT",
      "PBOC",
      "SASAC",
      "NEA",
    ]);
    expect(ipv6?.issuingBodies[0]?.nameZh).toBe("工业和信息化部");
  });

  it("names every company of the corporate news with its home country", async () => {
    const dataset = await loadShippedDataset();
    const airbus = dataset.corporateNews.find((n) => n.text.startsWith("Airbus"));
    expect(airbus?.companies.map((c) => c.name)).toHaveLength(3);
    const cssc = dataset.corporateNews.find((n) => n.text.includes("CMA CGM"));
    expect(cssc?.companies.map((c) => c.country.code).sort()).toEqual(["CN", "FR"]);
  });

  it("keeps source labels without inventing URLs", async () => {
    const dataset = await loadShippedDataset();
    const sources = [...dataset.policies, ...dataset.corporateNews].flatMap((item) => item.sources);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.url === null)).toBe(true);
  });
});
