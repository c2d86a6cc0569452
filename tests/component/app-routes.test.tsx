import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
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
