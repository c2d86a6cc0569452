import { afterEach, describe, expect, it, vi } from "vitest";
import type { Dataset, Policy } from "@/data/model";
import { searchIndex } from "@/domain/search/search-index";
import { buildPolicy } from "../../../tests/factories/policies";
import { selectSearchIndexBuild, type SearchIndexState } from "./search-index-build";

/** A dataset of policies only, so its search records are exactly these policies. */
const datasetOf = (policies: Policy[]): Dataset => ({
  synthetic: true,
  briefs: [],
  policies,
  targets: [],
  corporateNews: [],
  registries: { issuingBodies: [], companies: [], countries: [], sectors: [] },
  problems: [],
});

/** `count` policies, the last one the only one about zinnias. */
const policiesUpTo = (count: number) =>
  Array.from({ length: count }, (_, at) =>
    buildPolicy({
      id: `p${at + 1}`,
      issuers: [],
      summary: at === count - 1 ? "Zinnia exports." : "Policy issued.",
    }),
  );

const describeState = (state: SearchIndexState) =>
  state.status === "building" ? `building ${state.done}/${state.total}` : state.status;

const policyIdsFor = (state: SearchIndexState, query: string) =>
  state.status === "ready"
    ? (searchIndex(state.index, query, undefined, 20)
        .groups.find((group) => group.kind === "policy")
        ?.hits.map((hit) => hit.record.item.id) ?? [])
    : [];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  performance.clearMarks();
  performance.clearMeasures();
});

describe("the search index built in the background", () => {
  it("is idle until started, then a small dataset is ready after one slice, once", async () => {
    const build = selectSearchIndexBuild(datasetOf(policiesUpTo(3)));
    const seen: string[] = [];
    build.subscribe(() => seen.push(describeState(build.getState())));
    const stopped: string[] = [];
    const stop = build.subscribe(() => stopped.push(describeState(build.getState())));
    stop();
    expect(build.getState()).toEqual({ status: "idle" });

    build.start();
    build.start();
    await vi.waitFor(() => expect(build.getState().status).toBe("ready"), { timeout: 2000 });

    expect(seen).toEqual(["ready"]);
    expect(stopped).toEqual([]);
    expect(policyIdsFor(build.getState(), "zinnia")).toEqual(["p3"]);
    expect(performance.getEntriesByName("search:index-build", "measure")).toHaveLength(1);
  });

  it("builds a large dataset 500 records per slice, telling its progress, and yields in between", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    // A clock that moves 4 ms at each look: one batch fits in a slice of 8 ms, a second does not.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 4));
    const build = selectSearchIndexBuild(datasetOf(policiesUpTo(1200)));
    const seen: string[] = [];
    const firstNotice = new Promise<void>((resolve) =>
      build.subscribe(() => {
        seen.push(describeState(build.getState()));
        resolve();
      }),
    );

    build.start();
    await firstNotice;
    // The first slice is done and the rest waits for the browser to have had its turn.
    expect(seen).toEqual(["building 500/1200"]);
    await vi.runAllTimersAsync();

    expect(seen).toEqual(["building 500/1200", "building 1000/1200", "ready"]);
    expect(policyIdsFor(build.getState(), "zinnia")).toEqual(["p1200"]);
  });
});
