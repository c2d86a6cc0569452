import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/components/chart-figure/chart-spec";

const spec: ChartSpec = {
  name: "targets-by-sector",
  title: "Targets by sector",
  subtitle: "MIIT · Targets for 2025",
  source: "MERICS China Industries, 3 May 2023",
  legend: [{ label: "2025", color: "#0072b2" }],
  table: {
    columns: [
      { key: "sector", label: "Sector" },
      { key: "count", label: "Targets", numeric: true },
    ],
    rows: [{ sector: "铸造和锻压", count: 4 }],
  },
};

describe("ChartFigure", () => {
  it("frames the chart with title, subtitle, legend and source", () => {
    render(
      <ChartFigure spec={spec}>
        <svg role="img" aria-label="chart" />
      </ChartFigure>,
    );
    const figure = screen.getByRole("figure", { name: "Targets by sector" });
    expect(within(figure).getByText("MIIT · Targets for 2025")).toBeInTheDocument();
    expect(within(figure).getByRole("list", { name: "Legend" })).toHaveTextContent("2025");
    expect(
      within(figure).getByText("Source: MERICS China Industries, 3 May 2023"),
    ).toBeInTheDocument();
  });

  it("shows the same numbers as a table on demand", async () => {
    const user = userEvent.setup();
    render(
      <ChartFigure spec={spec}>
        <svg />
      </ChartFigure>,
    );
    await user.click(screen.getByRole("button", { name: "Show data" }));
    const table = screen.getByRole("table", { name: "Data: Targets by sector" });
    expect(within(table).getByRole("row", { name: "铸造和锻压 4" })).toBeInTheDocument();
  });
});
