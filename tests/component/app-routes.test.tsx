import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { loadShippedDataset, readFixture } from "../disk-dataset";
import { renderApp } from "../render";

const manifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as { briefs: string[] };

describe("the app shell", () => {
  it("shows the latest brief at a glance on the overview", async () => {
    renderApp({ url: "/", dataset: await loadShippedDataset() });
    expect(await screen.findByRole("heading", { level: 1, name: "Overview" })).toBeInTheDocument();
    const top5 = screen.getByRole("region", { name: "MERICS Top 5" });
    expect(within(top5).getAllByRole("listitem", { name: "" }).length).toBeGreaterThan(0);
    expect(within(top5).getByRole("link", { name: /Going hammer and tongs/ })).toBeInTheDocument();
    expect(screen.getByText("28 March 2023")).toBeInTheDocument();
  });

  it("says what the dashboard and its latest brief hold, in natural counts true to the brief", async () => {
    renderApp({ url: "/", dataset: await loadShippedDataset() });
    await screen.findByRole("heading", { level: 1, name: "Overview" });
    expect(screen.getByText(/^This dashboard turns/)).toHaveTextContent(
      "This dashboard turns the monthly MERICS China Industries briefs on China’s industrial policy into data to browse, chart and export; 1 brief is loaded.",
    );
    expect(screen.getByText(/^The latest brief,/)).toHaveTextContent(
      "The latest brief, MERICS China Industries of 3 May 2023, covers 28 March 2023 – 24 April 2023 and holds 5 Top 5 items, 8 policy news items, 20 targets and 6 corporate news items naming 12 companies.",
    );
    const counts = screen.getByRole("region", { name: "In this brief" });
    const cards = within(counts).getAllByRole("listitem");
    expect(cards.map((card) => card.textContent)).toEqual([
      "13 policies5 Top 5 items, 8 policy news itemsExplore policies on the timeline",
      "20 targets5 with numbersExplore targets",
      "6 corporate news items12 companiesExplore corporate news",
    ]);
  });

  it("charts the latest brief's policies by issuing body, with its data table and export", async () => {
    const { user } = renderApp({ url: "/", dataset: await loadShippedDataset() });
    const chart = await screen.findByRole("figure", { name: "Policies by issuing body" });
    expect(within(chart).getByRole("button", { name: /Export/ })).toBeInTheDocument();
    await user.click(within(chart).getByRole("button", { name: "Show data" }));
    const table = within(chart).getByRole("table", { name: "Data: Policies by issuing body" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    // MIIT leads five of the 13 policies and co-issues one (Top 5 item 3 lists it third).
    expect(rows[1]).toBe("MIITMinistry of Industry and Information Technology516");
    expect(rows).toHaveLength(1 + 13);
    expect(
      within(chart).getByText("Source: MERICS China Industries, 3 May 2023"),
    ).toBeInTheDocument();
  });

  it.each([
    ["/timeline", /timeline/i],
    ["/targets", /targets/i],
    ["/news", /corporate news/i],
    ["/briefs", /briefs/i],
    ["/briefs/2023-05-03-china-industries", /MERICS China Industries/],
  ])("renders %s from the navigation's data", async (url, heading) => {
    renderApp({ url, dataset: await loadShippedDataset() });
    expect(await screen.findByRole("heading", { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
  });

  it("moves focus to the new page's heading after a route change, not on the first load", async () => {
    const { user } = renderApp({ url: "/", dataset: await loadShippedDataset() });
    const overview = await screen.findByRole("heading", { level: 1, name: "Overview" });
    expect(overview).not.toHaveFocus();
    const nav = screen.getByRole("navigation", { name: "Main" });
    await user.click(within(nav).getByRole("link", { name: "Briefs" }));
    const briefs = await screen.findByRole("heading", { level: 1, name: "Briefs" });
    await waitFor(() => expect(briefs).toHaveFocus());
    await user.click(within(nav).getByRole("link", { name: "Timeline" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Policy timeline" })).toHaveFocus();
  });

  it("shows a helpful page for unknown addresses", async () => {
    renderApp({ url: "/no-such-page", dataset: await loadShippedDataset() });
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByText("/no-such-page")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "All briefs" })).toBeInTheDocument();
  });

  it("names the broken file and path while the valid brief still shows", async () => {
    const dataset = await loadShippedDataset({
      "index.json": JSON.stringify({
        ...manifest,
        briefs: [...manifest.briefs, "briefs/2023-06.json"],
      }),
      "briefs/2023-06.json": await readFixture("briefs/bad-date.json"),
    });
    const { user } = renderApp({ url: "/", dataset });
    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent(
      "briefs/2023-06.json → corporateNews[3].date: expected a date like 2023-04-06, got 'April 6'",
    );
    expect(screen.getByRole("link", { name: /Going hammer and tongs/ })).toBeInTheDocument();
    await user.click(within(notice).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("names an empty newer brief and keeps the latest brief with items on the overview", async () => {
    const empty = {
      id: "2023-06-01-empty",
      series: "Empty brief",
      publishedOn: "2023-06-01",
      reportingPeriod: { start: "2023-04-25", end: "2023-05-28" },
      top5: [],
    };
    const dataset = await loadShippedDataset({
      "index.json": JSON.stringify({
        ...manifest,
        briefs: [...manifest.briefs, "briefs/empty.json"],
      }),
      "briefs/empty.json": JSON.stringify(empty),
    });
    renderApp({ url: "/", dataset });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "briefs/empty.json: has no items (no Top 5, policy news, corporate news or documents)",
    );
    expect(screen.getByRole("link", { name: "MERICS China Industries" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Empty brief" })).not.toBeInTheDocument();
  });

  it("shows the first ten corporate news items of a long brief and links to all of them", async () => {
    const file = manifest.briefs[0] ?? "";
    const brief = JSON.parse(readFileSync(`public/data/${file}`, "utf8")) as {
      corporateNews: { id: string }[];
    };
    const first = brief.corporateNews[0];
    brief.corporateNews = Array.from({ length: 2_000 }, (_, at) => ({
      ...first,
      id: `long-news-${at}`,
    }));
    const dataset = await loadShippedDataset({ [file]: JSON.stringify(brief) });
    renderApp({ url: "/", dataset });
    const list = await screen.findByRole("region", { name: "Corporate news" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(10);
    expect(
      within(list).getByRole("link", { name: "All 2,000 corporate news items in the brief" }),
    ).toHaveAttribute("href", "/briefs/2023-05-03-china-industries#corporate-news");
  });

  it("renders hostile strings as inert text", async () => {
    const dataset = await loadShippedDataset({
      "index.json": JSON.stringify({ ...manifest, briefs: ["briefs/hostile.json"] }),
      "briefs/hostile.json": await readFixture("briefs/hostile-content.json"),
    });
    renderApp({ url: "/news", dataset });
    expect(
      await screen.findByText(/<script>window.__pwned = true<\/script> Hostile text/),
    ).toBeInTheDocument();
    // Rendered as text, the <img onerror> never becomes an image.
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Click me" })).not.toBeInTheDocument();
    expect(screen.getByText("Click me")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Real source" })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );
  });
});
