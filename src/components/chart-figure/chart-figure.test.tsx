import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/core/chart-spec";

const spec: ChartSpec = {
  name: "targets-by-sector",
  title: "Targets by sector",
  subtitle: "MIIT · Targets for 2025",
  source: "MERICS China Industries, 3 May 2023",
  filterSlug: "miit",
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

/**
 * What a downloaded SVG file holds. The file is a document of its own, not the rendered page,
 * so it is read with DOM queries (and jest-dom matchers, which need a window, do not apply).
 */
function readSvgFile(text: string) {
  /* eslint-disable testing-library/no-node-access */
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const root = doc.documentElement;
  const texts = Array.from(doc.querySelectorAll("text"));
  return {
    isWellFormed: doc.querySelector("parsererror") === null,
    size: [root.getAttribute("width"), root.getAttribute("height")],
    texts: Array.from(doc.querySelectorAll("tspan, text"), (t) => t.textContent),
    langOf: (content: string) =>
      texts.find((t) => t.textContent?.trim() === content)?.getAttribute("lang"),
    barFill: doc.querySelector("rect.bar")?.getAttribute("fill"),
  };
  /* eslint-enable testing-library/no-node-access */
}

describe("ChartFigure export", () => {
  const downloads: { name: string; blob: Blob }[] = [];

  beforeEach(() => {
    downloads.length = 0;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2024, 1, 29, 10, 0));
    let blob = new Blob();
    Object.defineProperty(URL, "createObjectURL", {
      configurable: true,
      value: (object: Blob) => {
        blob = object;
        return "blob:test";
      },
    });
    Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: () => {} });
    // jsdom cannot navigate: record the download the link would start.
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ name: this.download, blob });
    });
  });
  afterEach(() => vi.useRealTimers());

  // jsdom's Blob has no text() or bytes(): read it the way old browsers would.
  function readBytes(blob: Blob | undefined): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () =>
        reader.result instanceof ArrayBuffer
          ? resolve(new Uint8Array(reader.result))
          : reject(new Error("not read"));
      if (blob) reader.readAsArrayBuffer(blob);
    });
  }
  async function readText(blob: Blob | undefined): Promise<string> {
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await readBytes(blob));
  }

  async function expectStatus(text: string) {
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(text));
  }

  function renderChart() {
    render(
      <ChartFigure spec={spec}>
        <svg width="600" height="300" role="img" aria-label="Bar chart">
          <rect className="bar" x="10" y="10" width="100" height="200" fill="#0072b2" />
          <text x="10" y="290">
            铸造和锻压
          </text>
        </svg>
      </ChartFigure>,
    );
  }

  async function exportAs(name: RegExp | string) {
    renderChart();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(screen.getByRole("menuitem", { name }));
    return user;
  }

  it("downloads the data table as CSV under a descriptive name", async () => {
    await exportAs("Download CSV (data)");
    await expectStatus("Downloaded targets-by-sector_miit_2024-02-29.csv");
    expect(downloads.map((d) => d.name)).toEqual(["targets-by-sector_miit_2024-02-29.csv"]);
    expect(downloads[0]?.blob.type).toBe("text/csv;charset=utf-8");
    expect(await readText(downloads[0]?.blob)).toBe("\uFEFFSector,Targets\r\n铸造和锻压,4\r\n");
  });

  it("downloads a standalone SVG framing the chart with title, subtitle, legend and source", async () => {
    await exportAs("Download SVG");
    await expectStatus("Downloaded targets-by-sector_miit_2024-02-29.svg");
    const svg = readSvgFile(await readText(downloads[0]?.blob));
    expect(svg.isWellFormed).toBe(true);
    expect(svg.size).toEqual(["1200", "675"]);
    expect(svg.texts).toEqual(
      expect.arrayContaining([
        "Targets by sector",
        "MIIT · Targets for 2025",
        "2025",
        "Source: MERICS China Industries, 3 May 2023",
        "China Industries Dashboard · Exported 2024-02-29",
      ]),
    );
    expect(svg.langOf("铸造和锻压")).toBe("zh-Hans");
    expect(svg.barFill).toBe("#0072b2");
  });

  it("says plainly when the browser cannot copy images", async () => {
    await exportAs("Copy image");
    await expectStatus(
      "This browser cannot copy images to the clipboard. Use Download PNG instead.",
    );
  });
});
