import { describe, expect, it } from "vitest";
import { composeExportSvg, exportTextRuns, type ComposeInput } from "@/lib/export/compose-svg";
import { estimateTextWidth } from "@/lib/export/wrap-text";

const exportedOn = new Date(2026, 10, 28, 9, 30);
const spec: ComposeInput["spec"] = {
  title: "Targets by sector",
  subtitle: "MIIT, NDRC · Targets for 2025",
  source: "MERICS China Industries, 3 May 2023",
  legend: [
    { label: "2025", color: "#0072b2" },
    { label: "铸造和锻压", color: "#e69f00" },
  ],
};
const chart = {
  box: { x: 20, y: 100, width: 800, height: 400 },
  markup: '<svg x="20" y="100" width="800" height="400"><rect width="10" height="10"/></svg>',
};

function compose(overrides: Partial<ComposeInput> = {}) {
  return composeExportSvg({
    spec,
    graphics: [chart],
    layout: "landscape",
    background: "white",
    exportedOn,
    ...overrides,
  }).svg;
}

function tspans(svg: string): string[] {
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? "");
}

function chartArea(svg: string) {
  const match =
    /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="([^"]+)"/.exec(svg);
  if (!match) throw new Error("no chart area");
  return { y: Number(match[2]), height: Number(match[4]), viewBox: match[5] };
}

describe("composeExportSvg", () => {
  it.each([
    ["landscape", 1200, 675],
    ["square", 1080, 1080],
  ] as const)("draws the %s layout at a fixed %i × %i", (layout, width, height) => {
    const result = composeExportSvg({
      spec,
      graphics: [chart],
      layout,
      background: "white",
      exportedOn,
    });
    expect(result).toMatchObject({ width, height });
    expect(result.svg).toContain(
      `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    );
  });

  it("frames the chart with title, subtitle, legend, source, app name and export date", () => {
    expect(tspans(compose())).toEqual([
      "Targets by sector",
      "MIIT, NDRC · Targets for 2025",
      "2025",
      "铸造和锻压",
      "Source: MERICS China Industries, 3 May 2023",
      "China Industries Dashboard · Exported 2026-11-28",
    ]);
    expect(compose()).toContain('fill="#e69f00"');
  });

  it("marks Chinese lines so renderers choose Simplified Chinese glyphs", () => {
    expect(compose()).toMatch(/<tspan[^>]*lang="zh-Hans" xml:lang="zh-Hans">铸造和锻压</);
    expect(compose()).toMatch(/^<svg [^>]*lang="en"/);
  });

  it("paints a white background only when asked", () => {
    expect(compose()).toContain('<rect width="1200" height="675" fill="#ffffff"/>');
    expect(compose({ background: "transparent" })).not.toContain('fill="#ffffff"');
  });

  it("scales the captured graphics into the space between legend and footer", () => {
    const axis = { box: { x: 0, y: 500, width: 820, height: 40 }, markup: "<svg/>" };
    const area = chartArea(compose({ graphics: [chart, axis] }));
    expect(area.viewBox).toBe("0 100 820 440");
    expect(area.y + area.height).toBeLessThan(675 - 40);
  });

  it("wraps a long title instead of clipping it", () => {
    const title = "Targets of the State Council and every ministry for all sectors "
      .repeat(3)
      .trim();
    const lines = tspans(compose({ spec: { ...spec, title } }));
    const titleLines = lines.slice(0, lines.indexOf(spec.subtitle));
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(" ")).toBe(title);
    for (const line of titleLines) {
      expect(estimateTextWidth(line, { size: 30, weight: 700 })).toBeLessThanOrEqual(1120);
    }
  });

  it("shrinks crowded text so the chart keeps most of the height", () => {
    const subtitle = "MIIT, NDRC, MOF, MOST, NEA, SAMR, CAC · Targets for 2025 ".repeat(8);
    const legend = Array.from({ length: 30 }, (_, at) => ({
      label: `Company ${at}`,
      color: "#999",
    }));
    const area = chartArea(compose({ spec: { ...spec, subtitle, legend } }));
    expect(area.height).toBeGreaterThanOrEqual(675 * 0.45);
  });

  it("escapes text and drops characters XML cannot carry", () => {
    const svg = compose({ spec: { ...spec, title: 'A <b>"bold"</b> & \u0007 title' } });
    expect(svg).toContain("<title>A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp;  title</title>");
    expect(svg).not.toContain("\u0007");
  });

  it("embeds font rules only when given, for rasterising", () => {
    expect(compose()).not.toContain("<style>");
    expect(compose({ fontCss: "@font-face{}" })).toContain("<style>@font-face{}</style>");
  });

  it("leaves the source line out when there is no source", () => {
    expect(tspans(compose({ spec: { ...spec, source: " " } }))).not.toContain("Source: ");
  });
});

describe("exportTextRuns", () => {
  it("lists the added texts by weight, for choosing fonts", () => {
    expect(exportTextRuns(spec, exportedOn)).toEqual([
      { text: "Targets by sector", weight: 700 },
      {
        text: "MIIT, NDRC · Targets for 2025 2025 铸造和锻压 Source: MERICS China Industries, 3 May 2023 China Industries Dashboard · Exported 2026-11-28",
        weight: 400,
      },
    ]);
  });
});
