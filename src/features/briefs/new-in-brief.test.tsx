import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import {
  loadDiskDataset,
  loadShippedDataset,
  MANY_BRIEFS_DATA_DIR,
} from "../../../tests/disk-dataset";
import { renderWithProviders } from "../../../tests/render";
import { NewInBrief } from "./new-in-brief";

function linksOf(list: HTMLElement) {
  return within(list)
    .getAllByRole("link")
    .map((link) => [link.textContent, link.getAttribute("href")]);
}

describe("what the latest brief adds, on the overview", () => {
  it("lists the first appearances, the follow-up and the targets due, each linking to its item", async () => {
    const dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
    const [latest] = dataset.briefs;
    if (!latest) throw new Error("the fixture has no brief");
    renderWithProviders(<NewInBrief brief={latest} />, { dataset });

    const section = screen.getByRole("region", { name: "New in this brief" });
    expect(within(section).getByText("Compared with the 23 earlier briefs loaded.")).toBeVisible();
    const group = (name: string) => within(section).getByRole("list", { name });
    const reader = "/briefs/synthetic-2022-12";
    expect(linksOf(group("Issuing bodies seen for the first time"))).toEqual([
      ["China National Intellectual Property Administration (CNIPA)", `${reader}#fam-d-issued`],
    ]);
    expect(linksOf(group("Companies seen for the first time")).map(([name]) => name)).toEqual([
      "Synthetic Co. 0012",
      "Synthetic Co. 0013",
    ]);
    expect(linksOf(group("Sectors seen for the first time"))).toEqual([
      ["Aviation", `${reader}#fam-d-issued`],
    ]);
    const followUps = linksOf(group("Follow-ups to earlier documents"));
    expect(followUps[0]).toEqual([
      "[Synthetic] Synthetic airworthiness rules",
      `${reader}#fam-d-issued`,
    ]);
    expect(followUps[1]?.[1]).toMatch(/^\/briefs\/synthetic-\d{4}-\d{2}#fam-d-draft$/);
    expect(linksOf(group("Targets due within 12 months"))).toEqual([
      ["Certify 20 synthetic aircraft types by 2023", `${reader}#fam-d-issued-t1`],
      ["Issue synthetic charging rules within 6 months", `${reader}#latest-ev-plan-t1`],
    ]);
  });

  it("says everything is new when no earlier brief is loaded, and lists only targets due", async () => {
    const dataset = await loadShippedDataset();
    const [only] = dataset.briefs;
    if (!only) throw new Error("no shipped brief");
    renderWithProviders(<NewInBrief brief={only} />, { dataset });

    const section = screen.getByRole("region", { name: "New in this brief" });
    expect(
      within(section).getByText("No earlier brief is loaded, so everything in this one is new."),
    ).toBeVisible();
    expect(
      within(section).queryByRole("list", { name: "Companies seen for the first time" }),
    ).not.toBeInTheDocument();
  });
});
