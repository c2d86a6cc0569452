import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { EMPTY_POLICY_FILTER } from "@/domain/timeline/timeline-filters";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { buildPolicy } from "../../../tests/factories/policies";
import * as derived from "./dataset-derived";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

const { selectFilteredPolicies, ...perDataset } = derived;

describe("the derived-data layer", () => {
  it.each(Object.entries(perDataset))("%s: a second read returns the same object", (_, select) => {
    const first = select(dataset);
    expect(first).not.toBeNull();
    expect(select(dataset)).toBe(first);
  });

  it("builds again for a newly loaded dataset", () => {
    const reloaded = { ...dataset };
    expect(derived.selectNewsIndex(reloaded)).not.toBe(derived.selectNewsIndex(dataset));
    expect(derived.selectNewsIndex(reloaded).items).toHaveLength(dataset.corporateNews.length);
  });

  it("returns the same filtered result for the same filter, in a new object", () => {
    const issuer = dataset.policies[0]?.issuingBodies[0]?.id ?? "";
    const byIssuer = selectFilteredPolicies(dataset, { ...EMPTY_POLICY_FILTER, issuers: [issuer] });
    const all = selectFilteredPolicies(dataset, EMPTY_POLICY_FILTER);
    expect(all.policies).toHaveLength(dataset.policies.length);
    expect(byIssuer.policies.length).toBeLessThan(all.policies.length);
    expect(byIssuer.policies.every((p) => p.issuingBodies.some((b) => b.id === issuer))).toBe(true);
    expect(selectFilteredPolicies(dataset, { ...EMPTY_POLICY_FILTER, issuers: [issuer] })).toBe(
      byIssuer,
    );
  });
});

describe("values and lines derived from the data", () => {
  it("offers the issuing bodies, sectors and kinds that some policy has", () => {
    const policies = [
      buildPolicy({ id: "a", issuers: ["miit", "ndrc"], sectors: ["energy"], kind: "top5" }),
      buildPolicy({ id: "b", issuers: ["miit"], sectors: ["chips", "energy"] }),
    ];
    const values = derived.selectPolicyFacetValues({ ...dataset, policies });
    expect([...values.issuers]).toEqual(["miit", "ndrc"]);
    expect([...values.sectors]).toEqual(["energy", "chips"]);
    expect([...values.kinds]).toEqual(["top5", "news"]);
  });

  it("names each brief's source by its series and date", () => {
    const lines = derived.selectBriefSourceLines({ ...dataset });
    expect([...lines]).toEqual([
      ["2023-05-03-china-industries", "MERICS China Industries, 3 May 2023"],
    ]);
  });
});
