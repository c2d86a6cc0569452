import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { renderWithProviders } from "../../../tests/render";
import type { Dataset, Policy } from "@/data/model";
import { buildBody, buildPolicy } from "../../../tests/factories/policies";
import { TimelineExplorer } from "@/features/timeline/timeline-explorer";

const nea = buildBody("nea", "administration");
const mof = buildBody("mof");

function datasetOf(policies: Policy[]): Dataset {
  return {
    synthetic: false,
    briefs: [],
    policies,
    targets: [],
    corporateNews: [],
    registries: { issuingBodies: [nea, mof], companies: [], countries: [], sectors: [] },
    problems: [],
  };
}

const sameDay = Array.from({ length: 5 }, (_, at) =>
  buildPolicy({ id: `same-day-${at}`, date: "2023-04-14", issuers: [nea] }),
);
const nextDays = Array.from({ length: 4 }, (_, at) =>
  buildPolicy({ id: `two-days-${at}`, date: `2023-04-2${at % 2}`, issuers: [mof] }),
);

async function renderChart(url = "/timeline") {
  const view = renderWithProviders(<TimelineExplorer />, {
    url,
    dataset: datasetOf([...sameDay, ...nextDays]),
  });
  return { ...view, chart: await screen.findByRole("group", { name: /^Policy timeline/ }) };
}

// The list view's window virtualiser scrolls the window, which jsdom does not implement.
beforeEach(() => {
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
});

describe("the timeline chart", () => {
  it("clusters policies too close to draw apart, with their count", async () => {
    const { chart } = await renderChart();
    expect(
      within(chart).getByRole("button", { name: /^5 policies, 14 Apr 2023 to 14 Apr 2023/ }),
    ).toBeInTheDocument();
  });

  it("zooms into a cluster that spans several days", async () => {
    const { chart, user, router } = await renderChart();
    await user.click(
      within(chart).getByRole("button", { name: /^4 policies, 20 Apr 2023 to 21 Apr 2023/ }),
    );
    expect(router.state.location.search).toBe("?start=2023-04-17&end=2023-04-24");
    expect(
      await within(chart).findAllByRole("button", { name: /^Policy news: Policy two-days/ }),
    ).toHaveLength(4);
  });

  it("lists one day's policies when no zoom can separate them", async () => {
    const { chart, user, router } = await renderChart();
    within(chart)
      .getByRole("button", { name: /^5 policies/ })
      .focus();
    await user.keyboard("{Enter}");
    expect(router.state.location.search).toBe("?from=2023-04-14&to=2023-04-14&view=list");
    expect(await screen.findByRole("table")).toHaveTextContent("5 policies");
  });

  it("says how to open a mark or zoom into a cluster by finger, mouse and keyboard alike", async () => {
    const alone = buildPolicy({ id: "alone", date: "2023-06-01", issuers: [mof] });
    renderWithProviders(<TimelineExplorer />, {
      url: "/timeline",
      dataset: datasetOf([...sameDay, alone]),
    });
    const chart = await screen.findByRole("group", { name: /^Policy timeline/ });
    fireEvent.pointerOver(within(chart).getByRole("button", { name: /^5 policies/ }));
    expect(screen.getByText("Tap, click or press Enter to zoom in")).toBeInTheDocument();
    const marks = within(chart).getAllByRole("button", { name: /1 Jun 2023|June 2023/ });
    expect(marks).toHaveLength(1);
    fireEvent.pointerOver(marks[0] ?? chart);
    expect(screen.getByText("Tap, click or press Enter for details")).toBeInTheDocument();
    expect(screen.queryByText(/^Click/)).not.toBeInTheDocument();
  });

  it("filters by a body from its lane label, which names it in full on hover", async () => {
    const { chart, user, router } = await renderChart();
    const label = within(chart).getByRole("button", { name: /^MOF: Body MOF, 机构mof/ });
    // The issuing-body filter names it already; hovering adds the card.
    expect(screen.getAllByText("机构mof")).toHaveLength(1);
    fireEvent.pointerOver(label);
    const names = screen.getAllByText("机构mof");
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toHaveAttribute("lang", "zh-Hans");
    await user.click(label);
    expect(router.state.location.search).toBe("?issuer=mof");
    expect(within(chart).getByRole("button", { name: /^MOF:/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("shows a calendar period and fits everything again", async () => {
    const { user, router } = await renderChart();
    const periods = screen.getByRole("group", { name: "Show a period" });
    expect(within(periods).getByRole("radio", { name: "Fit all" })).toBeChecked();
    await user.click(within(periods).getByRole("radio", { name: "Month" }));
    expect(router.state.location.search).toBe("?start=2023-04-01&end=2023-04-30");
    expect(screen.getByText("Showing 1 Apr 2023 – 30 Apr 2023")).toBeInTheDocument();
    expect(within(periods).getByRole("radio", { name: "Month" })).toBeChecked();
    await user.click(within(periods).getByRole("radio", { name: "Fit all" }));
    expect(router.state.location.search).toBe("");
  });

  it("removes a filter from its chip", async () => {
    const { user, router } = await renderChart("/timeline?issuer=nea&kind=news");
    await user.click(screen.getByRole("button", { name: "Remove filter NEA" }));
    expect(router.state.location.search).toBe("?kind=news");
    await user.click(screen.getByRole("button", { name: "Remove filter Policy news only" }));
    expect(router.state.location.search).toBe("");
  });
});
