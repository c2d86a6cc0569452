import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { TimelineExplorer } from "@/features/timeline/timeline-explorer";
import { loadDiskDataset, MANY_BRIEFS_DATA_DIR } from "../../../tests/disk-dataset";
import { renderWithProviders } from "../../../tests/render";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
});
beforeEach(() => {
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
});

/** The details panel: the page's other complementary region is its filters. */
const isDetails = (name: string) => name !== "Filters";

function panel() {
  return screen.getByRole("complementary", { name: isDetails });
}

describe("documents across 24 briefs on the timeline", { timeout: 20_000 }, () => {
  it("draws a document mentioned in three briefs once in its lane, with its three mentions", async () => {
    const { user } = renderWithProviders(<TimelineExplorer />, {
      url: "/timeline?issuer=miit&start=2021-01-01&end=2021-12-31",
      dataset,
    });
    const lane = await screen.findByRole("group", {
      name: "MIIT, Ministry of Industry and Information Technology",
    });
    const marks = within(lane).getAllByRole("button", { name: /industrial internet plan/i });
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveAccessibleName(/Mentioned 3 times\.$/);

    await user.click(marks[0] as HTMLElement);
    const mentions = within(panel()).getByRole("region", { name: "Mentions (3)" });
    expect(
      within(mentions)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual([
      "/briefs/synthetic-2021-02#doc-a-1",
      "/briefs/synthetic-2021-05#doc-a-2",
      "/briefs/synthetic-2021-08#doc-a-3",
    ]);
  });

  it("lists a family's stages in order and opens another stage from the panel", async () => {
    const { user, router } = renderWithProviders(<TimelineExplorer />, {
      url: "/timeline?item=fam-b-issued",
      dataset,
    });
    const stages = await within(
      await screen.findByRole("complementary", { name: isDetails }),
    ).findByRole("region", {
      name: "Stages of this policy",
    });
    expect(
      within(stages)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Draft for comment: /),
      expect.stringMatching(/^Issued: .*\(shown\)/),
      expect.stringMatching(/^Implementation rules: /),
    ]);
    await user.click(within(stages).getAllByRole("button")[0] as HTMLElement);
    expect(new URLSearchParams(router.state.location.search).get("item")).toBe("fam-b-draft");
    expect(
      await within(panel()).findByRole("heading", { level: 2, name: /sought comment/ }),
    ).toBeInTheDocument();
  });
});
