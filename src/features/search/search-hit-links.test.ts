import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { buildSearchIndex, type SearchIndex } from "@/domain/search/build-search-index";
import type { SearchRecord } from "@/domain/search/search-documents";
import { toSearchHitHref, toSearchHitLinks } from "@/features/search/search-hit-links";
import { loadShippedDataset } from "../../../tests/disk-dataset";

let index: SearchIndex;
beforeAll(async () => {
  const dataset: Dataset = await loadShippedDataset();
  index = buildSearchIndex(dataset);
});

function record(kind: SearchRecord["kind"], id: string): SearchRecord {
  const found = index.records.find((r) => r.kind === kind && r.item.id === id);
  if (!found) throw new Error(`no ${kind} ${id}`);
  return found;
}

const BRIEF = "/briefs/2023-05-03-china-industries";

describe("where a search result leads", () => {
  it.each([
    [
      "policy",
      "2023-04-14-foundry-forging-opinions",
      "/timeline?item=2023-04-14-foundry-forging-opinions",
    ],
    [
      "target",
      "2023-04-23-ipv6-evolution-opinions-t4",
      `${BRIEF}#2023-04-23-ipv6-evolution-opinions-t4`,
    ],
    [
      "news",
      "2023-04-09-tesla-shanghai-megapack-factory",
      `${BRIEF}#2023-04-09-tesla-shanghai-megapack-factory`,
    ],
    ["company", "tesla", "/companies/tesla"],
    ["issuer", "nea", "/bodies/nea"],
    ["brief", "2023-05-03-china-industries", BRIEF],
  ] as const)("a %s goes to %s", (kind, id, href) => {
    expect(toSearchHitHref(record(kind, id))).toBe(href);
  });

  it("offers the brief, the news of the companies, and the issuer's targets beside", () => {
    expect(toSearchHitLinks(record("policy", "2023-04-14-foundry-forging-opinions"))).toEqual([
      { label: "In the brief", href: `${BRIEF}#2023-04-14-foundry-forging-opinions` },
    ]);
    expect(toSearchHitLinks(record("news", "2023-04-08-cssc-cma-cgm-container-ships"))).toEqual([
      {
        label: "Corporate news of China State Shipbuilding Corp., CMA CGM",
        href: "/news?company=cssc%2Ccma-cgm",
      },
    ]);
    expect(toSearchHitLinks(record("issuer", "miit"))).toEqual([
      { label: "Its policies on the timeline", href: "/timeline?issuer=miit" },
      { label: "Its targets", href: "/targets?issuer=miit" },
    ]);
  });
});
