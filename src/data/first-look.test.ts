import { describe, expect, it } from "vitest";
import { sliceLargeBrief } from "@/data/first-look";

const items = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, at) => ({ id: `${prefix}-${at}` }));
const ids = (list: unknown) => (list as { id: string }[]).map((item) => item.id);

describe("sliceLargeBrief", () => {
  it("leaves a brief whose lists all fit the first look whole (null)", () => {
    const brief = {
      id: "b",
      top5: items("t", 5),
      policyNews: items("p", 3),
      corporateNews: items("c", 3),
      targets: [],
    };
    expect(sliceLargeBrief(brief, 3)).toBeNull();
  });

  it("keeps the first items of each long list, the whole Top 5 and the header fields", () => {
    const brief = {
      id: "b",
      series: "China Industries",
      top5: items("t", 5),
      policyNews: items("p", 10),
      documents: items("d", 4),
      corporateNews: items("c", 2),
    };
    const slice = sliceLargeBrief(brief, 3);
    expect(slice?.value.id).toBe("b");
    expect(slice?.value.series).toBe("China Industries");
    expect(ids(slice?.value.top5)).toEqual(["t-0", "t-1", "t-2", "t-3", "t-4"]);
    expect(ids(slice?.value.policyNews)).toEqual(["p-0", "p-1", "p-2"]);
    expect(ids(slice?.value.documents)).toEqual(["d-0", "d-1", "d-2"]);
    expect(ids(slice?.value.corporateNews)).toEqual(["c-0", "c-1"]);
    expect(slice?.value.targets).toEqual([]);
    expect({ shown: slice?.shown, of: slice?.of }).toEqual({ shown: 13, of: 21 });
    // The file read keeps its lists: the whole brief is checked from it afterwards.
    expect(brief.policyNews).toHaveLength(10);
  });

  it("keeps only targets whose policy is kept, at most the limit, in file order", () => {
    const brief = {
      id: "b",
      top5: [{ id: "top" }],
      policyNews: items("p", 5),
      targets: [
        { id: "x1", policy: "p-4" },
        { id: "x2", policy: "top" },
        { id: "x3", policy: "p-0" },
        { id: "x4", policy: "p-1" },
        { id: "x5", policy: "p-1" },
        { id: "x6", policy: "p-2" },
        "not an item",
      ],
    };
    const slice = sliceLargeBrief(brief, 3);
    expect(ids(slice?.value.targets)).toEqual(["x2", "x3", "x4"]);
    expect({ shown: slice?.shown, of: slice?.of }).toEqual({ shown: 7, of: 13 });
  });

  it("slices when only the targets are many", () => {
    const brief = { id: "b", top5: [{ id: "top" }], targets: items("x", 4) };
    const slice = sliceLargeBrief(
      { ...brief, targets: brief.targets.map((t) => ({ ...t, policy: "top" })) },
      3,
    );
    expect(ids(slice?.value.targets)).toEqual(["x-0", "x-1", "x-2"]);
  });

  it("leaves what is not a brief object to validation (null)", () => {
    expect(sliceLargeBrief(null, 1)).toBeNull();
    expect(sliceLargeBrief([items("p", 5)], 1)).toBeNull();
    expect(sliceLargeBrief("text", 1)).toBeNull();
    expect(sliceLargeBrief({ id: "b", policyNews: "not a list" }, 1)).toBeNull();
  });
});
