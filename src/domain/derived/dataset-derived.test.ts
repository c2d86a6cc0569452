import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { EMPTY_POLICY_FILTER } from "@/domain/timeline/timeline-filters";
import { loadShippedDataset } from "../../../tests/disk-dataset";
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
