import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { render } from "@testing-library/react";
import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { loadDataset } from "@/data/load-dataset";
import type { Dataset } from "@/data/model";
import { asSecondCopy } from "@/features/import/keep-brief";
import type { BriefInput } from "@/ingest/parse-brief";
import { diskFetch, loadShippedDataset, SHIPPED_DATA_DIR } from "../disk-dataset";
import { renderApp } from "../render";

const shipped = JSON.parse(
  readFileSync("public/data/briefs/2023-05-03-china-industries.json", "utf8"),
) as BriefInput;
// Mid-morning UTC: 2 December in every time zone the tests run in.
const ADDED_AT = "2026-12-02T10:00:00.000Z";
const MARK = "Added on this device, 2 December 2026";
const KEPT = {
  addedAt: ADDED_AT,
  source: "china-industries-2023-05.pdf",
  registryAdditions: { issuingBodies: [], companies: [] },
};
// A lazy route's first paint on a loaded machine can take longer than the default wait.
const PAGE_LOAD = { timeout: 30_000 };
const marks = (scope: HTMLElement) => within(scope).queryAllByText(MARK);

/**
 * The shipped brief, and a second copy of it kept on this device: every view shows each item
 * twice, the kept copy's items marked and the shipped ones not. `newer` dates the copy later,
 * so the overview shows it as the latest brief.
 */
function withKeptCopy({ newer = false } = {}): Promise<Dataset> {
  const copy = asSecondCopy(shipped, [shipped]);
  const brief = newer ? { ...copy, publishedOn: "2023-05-10" } : copy;
  return loadDataset("http://data.test/", diskFetch(SHIPPED_DATA_DIR), {
    records: [{ ...KEPT, id: brief.id, brief }],
    problems: [],
  });
}

/** The shipped brief as if the analyst had added it: the only brief, each mark its own. */
function keptAlone(): Promise<Dataset> {
  const manifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as object;
  const fetch = diskFetch(SHIPPED_DATA_DIR, {
    "index.json": JSON.stringify({ ...manifest, briefs: [] }),
  });
  return loadDataset("http://data.test/", fetch, {
    records: [{ ...KEPT, id: shipped.id, brief: shipped }],
    problems: [],
  });
}

describe("the mark on items of a brief added on this device", () => {
  it("says where and when, and nothing for shipped data", () => {
    const { container, rerender } = render(
      <AddedOnDeviceMark added={{ at: ADDED_AT, source: "june.pdf" }} />,
    );
    expect(screen.getByText(MARK)).toBeInTheDocument();
    rerender(<AddedOnDeviceMark added={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("marks every item of the latest brief on the overview when it was added here", async () => {
    renderApp({ url: "/", dataset: await withKeptCopy({ newer: true }) });
    const top5 = await screen.findByRole("region", { name: "MERICS Top 5" }, PAGE_LOAD);
    expect(marks(top5)).toHaveLength(5);
    expect(marks(screen.getByRole("region", { name: "Policy news" }))).toHaveLength(8);
    expect(marks(screen.getByRole("region", { name: "Corporate news" }))).toHaveLength(6);
  });

  it("leaves the overview of a shipped brief unmarked", async () => {
    renderApp({ url: "/", dataset: await loadShippedDataset() });
    await screen.findByRole("region", { name: "MERICS Top 5" }, PAGE_LOAD);
    expect(screen.queryByText(/Added on this device/)).not.toBeInTheDocument();
  });

  it.each([
    ["names it on every mark of", keptAlone, true],
    ["leaves unmarked the marks of", loadShippedDataset, false],
  ])("%s the timeline and its detail panel", async (_, load, isMarked) => {
    const dataset = await load();
    renderApp({ url: `/timeline?item=${shipped.top5?.[0]?.id ?? ""}`, dataset });
    const chart = await screen.findByRole("group", { name: /^Policy timeline/ }, PAGE_LOAD);
    const items = within(chart).getAllByRole("button", { name: /^(Top 5|Policy news):/ });
    expect(items.length).toBeGreaterThan(13);
    const named = items.map((mark) => mark.getAttribute("aria-label")?.includes(`${MARK}.`));
    expect(new Set(named)).toEqual(new Set([isMarked]));
    const panel = screen.getByRole("complementary", { name: /Going hammer and tongs/ });
    expect(marks(panel)).toHaveLength(isMarked ? 1 : 0);
  });

  it("marks the kept copy's targets, in the list and the chart's data table", async () => {
    const { user } = renderApp({ url: "/targets", dataset: await withKeptCopy() });
    const list = await screen.findByRole("list", { name: "Targets" }, PAGE_LOAD);
    const text = shipped.targets?.[0]?.text ?? "";
    const twins = within(list).getAllByRole("listitem", { name: text });
    expect(twins.map((item) => marks(item).length).sort()).toEqual([0, 1]);
    expect(marks(list)).toHaveLength(20);
    const chart = screen.getByRole("figure", { name: "Quantitative targets" });
    await user.click(within(chart).getByRole("button", { name: "Show data" }));
    const table = within(chart).getByRole("table", { name: /^Data: Quantitative targets/ });
    expect(within(table).getByRole("columnheader", { name: "Added" })).toBeInTheDocument();
    expect(marks(table).length).toBeGreaterThan(0);
  });

  it("marks the kept copy's corporate news", async () => {
    renderApp({ url: "/news?country=FR", dataset: await withKeptCopy() });
    const region = await screen.findByRole("region", { name: "Corporate news items" }, PAGE_LOAD);
    await waitFor(() => expect(within(region).getAllByRole("article")).toHaveLength(4), PAGE_LOAD);
    const articles = within(region).getAllByRole("article");
    expect(articles.map((article) => marks(article).length).sort()).toEqual([0, 0, 1, 1]);
  });

  it("marks the kept copy's search hits", async () => {
    renderApp({ url: "/search?q=%E9%93%B8%E9%80%A0", dataset: await withKeptCopy() });
    const policies = await screen.findByRole("region", { name: "Policies (2)" }, PAGE_LOAD);
    const hits = within(policies).getAllByRole("listitem");
    expect(hits.map((hit) => marks(hit).length).sort()).toEqual([0, 1]);
  });
});
