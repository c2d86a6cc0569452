import { beforeAll, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { renderWithProviders } from "../../../tests/render";
import {
  aggregateTargetsBySector,
  toSectorChartRows,
} from "@/domain/targets/aggregate-targets-by-sector";
import { TargetsDashboard } from "@/features/targets/targets-dashboard";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

// The plots load as modules of their own after the page shows; a busy machine takes its time.
const CHARTS_LOADED = { timeout: 8_000 };

function renderPage(url = "/targets") {
  return renderWithProviders(<TargetsDashboard />, { url, dataset });
}

async function openData(user: ReturnType<typeof renderPage>["user"], chart: string) {
  const figure = await screen.findByRole("figure", { name: chart }, CHARTS_LOADED);
  const show = within(figure).queryByRole("button", { name: "Show data" });
  if (show) await user.click(show);
  const table = within(figure).getByRole("table", { name: `Data: ${chart}` });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
}

// Each test renders the whole page, three charts included: slow on a busy machine, not stuck.
describe("the Targets page", { timeout: 20_000 }, () => {
  it("draws the brief's sectors with the counts of the aggregation", async () => {
    const { user } = renderPage();
    const expected = toSectorChartRows(aggregateTargetsBySector(dataset.targets, "year")).map(
      (row) => [row.values["2025"], row.values.none, row.total].map(String),
    );
    const rows = await openData(user, "Targets by sector");
    expect(rows.map((cells) => cells.slice(2))).toEqual(expected);
    expect(rows.map((cells) => cells[0])).toEqual([
      "Education and talent",
      "Foundry and forging",
      "Artificial intelligence",
      "Telecoms and internet infrastructure",
      "SMEs and innovation",
      "Semiconductors",
    ]);
    expect(
      await screen.findByRole(
        "button",
        { name: "Foundry and forging, 2025: 5 targets" },
        CHARTS_LOADED,
      ),
    ).toBeVisible();
  });

  it("shows each chart's words and data at once, and draws its plot after the page", async () => {
    const { user } = renderPage();
    const deadlines = await screen.findByRole("figure", { name: "Deadlines" });
    expect(
      within(deadlines).getByText("All targets · Targets by the year they fall due"),
    ).toBeVisible();
    expect(within(deadlines).queryByRole("button", { name: /^2025:/ })).not.toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Targets" })).toBeInTheDocument();
    expect(await openData(user, "Deadlines")).toContainEqual(["2025", "7", "8", "15"]);
    expect(
      await within(deadlines).findByRole(
        "button",
        { name: "2025: 7 targets with a number" },
        CHARTS_LOADED,
      ),
    ).toBeVisible();
  });

  it("redraws the charts for the chosen ministry and keeps it in the address", async () => {
    const { user, router } = renderPage();
    const issuer = await screen.findByRole("combobox", { name: "Issuing body" });
    await user.type(issuer, "CAC{Enter}");
    expect(router.state.location.search).toBe("?issuer=cac");
    const figure = screen.getByRole("figure", { name: "Targets by sector" });
    expect(within(figure).getByText("CAC · By target year")).toBeInTheDocument();
    const rows = await openData(user, "Targets by sector");
    expect(rows.map((cells) => [cells[0], cells.at(-1)])).toEqual([
      ["Artificial intelligence", "4"],
      ["Telecoms and internet infrastructure", "4"],
    ]);
    expect(screen.getByRole("button", { name: "Remove filter CAC" })).toBeInTheDocument();
  });

  it("lists the targets of a clicked bar, each linked to its policy on the Timeline", async () => {
    const { user, router } = renderPage("/targets?issuer=miit");
    await user.click(
      await screen.findByRole(
        "button",
        { name: "Foundry and forging, 2025: 5 targets" },
        CHARTS_LOADED,
      ),
    );
    expect(router.state.location.search).toBe(
      "?issuer=miit&focus=sector%3Afoundry-forging%2Cyear%3A2025",
    );
    const list = screen.getByRole("list", { name: "Targets" });
    expect(
      within(list).getAllByRole("listitem", { name: /particulate matter pollution/ }),
    ).toHaveLength(2);
    const section = screen.getByRole("region", { name: "Targets" });
    expect(within(section).getByRole("status")).toHaveTextContent(
      "5 of 18 targets, selected in a chart: Foundry and forging · 2025",
    );
    const links = within(list).getAllByRole("link", {
      name: "Going hammer and tongs: China to transform forging and foundry industries",
    });
    expect(links).toHaveLength(5);
    expect(links[0]).toHaveAttribute("href", "/timeline?item=2023-04-14-foundry-forging-opinions");

    await user.click(screen.getByRole("button", { name: "Show all targets" }));
    expect(within(section).getByRole("status")).toHaveTextContent("18 targets");
  });

  it("splits the bars by issuing body and compares one unit at a time", async () => {
    const { user } = renderPage("/targets?breakdown=issuer&unit=cities");
    expect(
      await screen.findByRole(
        "button",
        { name: "Foundry and forging, MEE: 5 targets" },
        CHARTS_LOADED,
      ),
    ).toBeInTheDocument();
    const quantitative = await openData(user, "Quantitative targets");
    expect(quantitative).toEqual([
      [
        "IPv6+ innovation cities",
        "Beijing ramps up rollout of controversial IPv6+ system",
        "Reach (level or count)",
        "over",
        "50",
        "cities",
        "50",
        "–",
        "2025",
      ],
    ]);
    await user.click(screen.getByRole("radio", { name: "Percent (3)" }));
    const percent = await openData(user, "Quantitative targets");
    expect(percent.map((cells) => [cells[5], cells[6]])).toEqual([
      ["percent", "-30"],
      ["percent", "-5"],
      ["percent", "20"],
    ]);
  });

  it("puts the targets on the years they fall due", async () => {
    const { user } = renderPage();
    expect(await openData(user, "Deadlines")).toEqual([
      ["2023", "0", "0", "0"],
      ["2024", "0", "0", "0"],
      ["2025", "7", "8", "15"],
      ["No year stated", "0", "7", "7"],
    ]);
  });

  it("says so when the filters leave nothing, and clears them on request", async () => {
    const { user, router } = renderPage("/targets?issuer=cac&sector=semiconductors");
    expect(await screen.findByText("No targets match these filters")).toBeInTheDocument();
    expect(screen.queryByRole("figure")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(router.state.location.search).toBe("");
    expect(
      await screen.findByRole("figure", { name: "Targets by sector" }, CHARTS_LOADED),
    ).toBeInTheDocument();
  });
});
