import { beforeAll, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { renderWithProviders } from "../../../tests/render";
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

// Every count below is counted by hand from the brief of 3 May 2023: 19 bullets under its Top 5
// (foundry 4, CAC 4, majors 4, IPv6 4, SMEs 3), one target each, and one policy news clause
// ("develop over 30 key standards for automotive chips by 2025"). Before issue 14 the two
// bullets with two figures each became two targets, so foundry and education showed 5.
// Each test renders the whole page, three charts included: slow on a busy machine, not stuck.
describe("the Targets page", { timeout: 20_000 }, () => {
  it("counts one target per bullet: 19 from the Top 5 and 1 from policy news", async () => {
    renderPage();
    expect(
      await screen.findByText(
        "20 targets from 1 brief: 19 Top 5 bullets and 1 from policy news, 5 with numbers",
      ),
    ).toBeVisible();
  });

  it("draws the brief's sectors with a bar unit per bullet", async () => {
    const { user } = renderPage();
    const rows = await openData(user, "Targets by sector");
    expect(rows.map((cells) => [cells[0], ...cells.slice(2)])).toEqual([
      ["Artificial intelligence", "0", "4", "4"],
      ["Education and talent", "4", "0", "4"],
      ["Foundry and forging", "4", "0", "4"],
      ["Telecoms and internet infrastructure", "4", "0", "4"],
      ["SMEs and innovation", "0", "3", "3"],
      ["Semiconductors", "1", "0", "1"],
    ]);
    expect(
      await screen.findByRole(
        "button",
        { name: "Foundry and forging, 2025: 4 targets" },
        CHARTS_LOADED,
      ),
    ).toBeVisible();
    expect(
      screen.getByRole("button", { name: "Education and talent, 2025: 4 targets" }),
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
    expect(await openData(user, "Deadlines")).toContainEqual(["2025", "5", "8", "13"]);
    expect(
      await within(deadlines).findByRole(
        "button",
        { name: "2025: 5 targets with a number" },
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
        { name: "Foundry and forging, 2025: 4 targets" },
        CHARTS_LOADED,
      ),
    );
    expect(router.state.location.search).toBe(
      "?issuer=miit&focus=sector%3Afoundry-forging%2Cyear%3A2025",
    );
    const list = screen.getByRole("list", { name: "Targets" });
    expect(
      within(list).getAllByRole("listitem", { name: /particulate matter pollution/ }),
    ).toHaveLength(1);
    const section = screen.getByRole("region", { name: "Targets" });
    expect(within(section).getByRole("status")).toHaveTextContent(
      "4 of 16 targets, selected in a chart: Foundry and forging · 2025",
    );
    const links = within(list).getAllByRole("link", {
      name: "Going hammer and tongs: China to transform forging and foundry industries",
    });
    expect(links).toHaveLength(4);
    expect(links[0]).toHaveAttribute("href", "/timeline?item=2023-04-14-foundry-forging-opinions");

    await user.click(screen.getByRole("button", { name: "Show all targets" }));
    expect(within(section).getByRole("status")).toHaveTextContent("16 targets");
  });

  it("splits the bars by issuing body and compares one unit at a time", async () => {
    const { user } = renderPage("/targets?breakdown=issuer&unit=cities");
    expect(
      await screen.findByRole(
        "button",
        { name: "Foundry and forging, MEE: 4 targets" },
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
    // One bullet sets the first two figures; each is drawn and named in its own words.
    const percent = await openData(user, "Quantitative targets");
    expect(percent.map((cells) => [cells[0], cells[5], cells[6]])).toEqual([
      ["Particulate matter pollution in the foundry industry", "percent", "-30"],
      ["Energy consumption per ton of forged materials", "percent", "-5"],
      ["Share of subject majors optimized and adjusted", "percent", "20"],
    ]);
  });

  it("names each drawn plot after its chart, for screen readers", async () => {
    renderPage();
    for (const chart of ["Targets by sector", "Deadlines", "Quantitative targets"]) {
      const figure = await screen.findByRole("figure", { name: chart }, CHARTS_LOADED);
      expect(await within(figure).findByTitle(chart, {}, CHARTS_LOADED)).toBeInTheDocument();
    }
  });

  it("puts the targets on the years they fall due", async () => {
    const { user } = renderPage();
    expect(await openData(user, "Deadlines")).toEqual([
      ["2023", "0", "0", "0"],
      ["2024", "0", "0", "0"],
      ["2025", "5", "8", "13"],
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
