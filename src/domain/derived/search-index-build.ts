import { memoByIdentity } from "@/core/memo-by-identity";
import type { Dataset } from "@/data/model";
import type { SearchIndex } from "@/domain/search/build-search-index";

export type SearchIndexState =
  | { status: "idle" }
  | { status: "building"; done: number; total: number }
  | { status: "ready"; index: SearchIndex };

/** Records indexed between two checks of the clock. */
const BATCH = 500;
/** Longest stretch of work before yielding, so typing and scrolling stay smooth (< 1 frame). */
const SLICE_MS = 8;

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The search index of one dataset, built on first demand in slices of a few milliseconds: the
 * synthetic 10k-policy / 100k-news dataset takes about a second to index, which in one piece
 * would freeze the page. A small dataset finishes within the first slice.
 */
class SearchIndexBuild {
  state: SearchIndexState = { status: "idle" };
  private isStarted = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly dataset: Dataset) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  start() {
    if (this.isStarted) return;
    this.isStarted = true;
    void this.run();
  }

  private set(state: SearchIndexState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private async run() {
    performance.mark("search:index-build:start");
    // The index code loads with the first search, not with the first page.
    const { createSearchIndexBuilder } = await import("@/domain/search/build-search-index");
    const builder = createSearchIndexBuilder(this.dataset);
    let done = 0;
    for (;;) {
      const sliceStart = performance.now();
      let isComplete = false;
      while (!isComplete && performance.now() - sliceStart < SLICE_MS) {
        isComplete = builder.add(BATCH);
        done = Math.min(builder.size, done + BATCH);
      }
      if (isComplete) break;
      this.set({ status: "building", done, total: builder.size });
      await yieldToBrowser();
    }
    this.set({ status: "ready", index: builder.finish() });
    performance.measure("search:index-build", "search:index-build:start");
  }
}

/** The build of `dataset`'s index, shared by the header search and the search page. */
export const selectSearchIndexBuild = memoByIdentity(
  (dataset: Dataset) => new SearchIndexBuild(dataset),
);
