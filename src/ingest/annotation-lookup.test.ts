import { describe, expect, it } from "vitest";
import { createAnnotationLookup } from "./annotation-lookup";
import { emptyAnnotations, type Annotations } from "./annotations";

const annotations = (): Annotations => ({
  ...emptyAnnotations("test-brief"),
  top5: [{ rank: 1 }, { rank: 2 }],
  policyNews: [{ match: "MIIT issued" }, { match: "NDRC said" }],
  corporateNews: [{ match: "Tesla opened" }, { match: "BYD signed" }],
  targets: [{ id: "item-t1" }, { id: "item-t2" }],
  issuingBodies: [
    { name: "MEM", nameZh: "应急管理部" },
    { name: "CSRC", kind: "commission" },
  ],
});

describe("createAnnotationLookup", () => {
  it("finds an issuing body's annotation by its printed name only", () => {
    const lookup = createAnnotationLookup(annotations());
    expect(lookup.issuer("CSRC")).toEqual({ name: "CSRC", kind: "commission" });
    expect(lookup.issuer("SAMR")).toBeUndefined();
  });

  it("reports each entry no item used, by kind", () => {
    const lookup = createAnnotationLookup(annotations());
    lookup.top5(2);
    lookup.policyNews("NDRC said on Monday");
    lookup.corporateNews("BYD signed a deal");
    lookup.target("item-t2");
    expect(lookup.unused()).toEqual([
      "top5 rank 1",
      "policyNews 'MIIT issued'",
      "corporateNews 'Tesla opened'",
      "target 'item-t1'",
    ]);
  });
});
