import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, nextDownload, test } from "./test";

// A fixed clock makes the export date, and so the file names, predictable.
const TODAY = new Date(2026, 10, 28, 10, 0);
const CJK_LABEL = "铸造和锻压";
const BAR_BLUE = [0x00, 0x72, 0xb2] as const;

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

/** Opens a page and waits for one of its charts. */
async function openFigure(page: Page, url: string, name: string): Promise<Locator> {
  await page.goto(url);
  const figure = page.getByRole("figure", { name });
  await expect(figure).toBeVisible();
  return figure;
}

async function exportFile(page: Page, figure: Locator, item: string | RegExp): Promise<Download> {
  await figure.getByRole("button", { name: "Export" }).click();
  const download = nextDownload(page);
  await figure.getByRole("menuitem", { name: item }).click();
  return download;
}

async function chooseInMenu(figure: Locator, choices: readonly string[]) {
  await figure.getByRole("button", { name: "Export" }).click();
  for (const name of choices) await figure.getByRole("menuitemradio", { name }).click();
  await figure.page().keyboard.press("Escape");
}

async function read(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Pixel statistics of a PNG (or of one region of it), computed by the browser. */
function pngStats(page: Page, png: Buffer, region?: Region) {
  return page.evaluate(
    async ({ base64, region, blue }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement("canvas"), {
        width: image.width,
        height: image.height,
      });
      const context = canvas.getContext("2d", { willReadFrequently: true });
      if (!context) throw new Error("no canvas");
      context.drawImage(image, 0, 0);
      const box = region ?? { x: 0, y: 0, width: image.width, height: image.height };
      const { data } = context.getImageData(box.x, box.y, box.width, box.height);
      let ink = 0;
      let dark = 0;
      let bars = 0;
      for (let at = 0; at < data.length; at += 4) {
        const [r = 0, g = 0, b = 0, a = 0] = data.subarray(at, at + 4);
        if (a > 0 && r + g + b < 3 * 250) ink += 1;
        if (a > 128 && r + g + b < 3 * 140) dark += 1;
        if (Math.abs(r - blue[0]) + Math.abs(g - blue[1]) + Math.abs(b - blue[2]) < 12) bars += 1;
      }
      const pixels = data.length / 4;
      return {
        ink: ink / pixels,
        dark: dark / pixels,
        bars: bars / pixels,
        corner: [...data.subarray(0, 4)],
      };
    },
    { base64: png.toString("base64"), region, blue: BAR_BLUE },
  );
}

/** What the exported SVG holds, read by the browser's XML parser. */
function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      parses: doc.querySelector("parsererror") === null,
      size: [doc.documentElement.getAttribute("width"), doc.documentElement.getAttribute("height")],
      text: Array.from(
        doc.querySelectorAll("tspan, text"),
        (node) => node.textContent?.trim() ?? "",
      ),
      // The language in force where the Chinese label is drawn.
      cjkLang: Array.from(doc.querySelectorAll("tspan, text"))
        .filter((node) => node.textContent?.trim() === "铸造和锻压")
        .map((node) => node.closest("[lang]")?.getAttribute("lang")),
      modernColors: /oklch\(|oklab\(/.test(text),
    };
  }, svg);
}

/** Where a text sits in the exported picture, in CSS pixels: the SVG laid out by the browser. */
function regionOfText(page: Page, svg: string, content: string): Promise<Region> {
  return page.evaluate(
    ({ svg, content }) => {
      const host = document.createElement("div");
      host.style.cssText = "position:absolute;left:0;top:0";
      host.innerHTML = svg;
      document.body.append(host);
      try {
        const root = host.querySelector("svg");
        const label = Array.from(host.querySelectorAll("tspan, text")).find(
          (node) => node.textContent?.trim() === content,
        );
        if (!root || !label) throw new Error(`no text ${content}`);
        const origin = root.getBoundingClientRect();
        const box = label.getBoundingClientRect();
        return {
          x: box.left - origin.left,
          y: box.top - origin.top,
          width: box.width,
          height: box.height,
        };
      } finally {
        host.remove();
      }
    },
    { svg, content },
  );
}

function scaled(region: Region, density: number): Region {
  return {
    x: Math.floor(region.x * density),
    y: Math.floor(region.y * density),
    width: Math.ceil(region.width * density),
    height: Math.ceil(region.height * density),
  };
}

/** A CSV as rows of cells (RFC 4180 quoting), without its byte order mark. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)) {
    rows.push(
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
        (m[1] ?? "").replace(/^"|"$/g, "").replace(/""/g, '"'),
      ),
    );
  }
  return rows;
}

async function tableRows(figure: Locator): Promise<string[][]> {
  await figure.getByRole("button", { name: "Show data" }).click();
  const rows = await figure.getByRole("table").getByRole("row").all();
  // The table shows a dash where the CSV leaves the cell empty.
  return Promise.all(
    rows.map(async (row) =>
      (await row.locator("th, td").allTextContents()).map((cell) => (cell === "–" ? "" : cell)),
    ),
  );
}

test.describe("the targets chart", () => {
  const TITLE = "Targets by sector";

  test("downloads a 2× PNG under a descriptive name", async ({ page }) => {
    const figure = await openFigure(page, "/targets?issuer=miit", TITLE);
    const download = await exportFile(page, figure, "Download PNG (2400 × 1350 px)");
    expect(download.suggestedFilename()).toBe("targets-by-sector_miit_2026-11-28.png");
    const png = await read(download);
    expect(pngSize(png)).toEqual({ width: 2400, height: 1350 });
    const stats = await pngStats(page, png);
    expect(stats.corner).toEqual([255, 255, 255, 255]);
    expect(stats.ink).toBeGreaterThan(0.02);
    expect(stats.ink).toBeLessThan(0.5);
    expect(stats.bars).toBeGreaterThan(0.005);
    await expect(figure.getByRole("status")).toHaveText(
      "Downloaded targets-by-sector_miit_2026-11-28.png",
    );
  });

  test("exports a PNG whose labels hold flag emoji, under the Content-Security-Policy", async ({
    page,
  }) => {
    // Flags fall in small font subsets that the build inlines as data: URLs.
    const sectors = JSON.parse(await readFile("public/data/registries/sectors.json", "utf8")) as {
      sectors: { nameEn: string }[];
    };
    await page.route("**/data/registries/sectors.json", (route) =>
      route.fulfill({
        json: {
          ...sectors,
          sectors: sectors.sectors.map((sector) => ({
            ...sector,
            nameEn: `${sector.nameEn} 🇨🇳🇩🇪`,
          })),
        },
      }),
    );
    const figure = await openFigure(page, "/targets", TITLE);
    await expect(page.getByText(/Foundry and forging 🇨🇳🇩🇪/).first()).toBeVisible();
    const download = await exportFile(page, figure, "Download PNG (2400 × 1350 px)");
    expect(pngSize(await read(download))).toEqual({ width: 2400, height: 1350 });
    await expect(figure.getByRole("status")).toHaveText(/^Downloaded targets-by-sector/);
  });

  test("offers 1× and 3×, a square layout and a transparent background", async ({ page }) => {
    const figure = await openFigure(page, "/targets", TITLE);
    await chooseInMenu(figure, ["3×"]);
    const large = await read(await exportFile(page, figure, "Download PNG (3600 × 2025 px)"));
    expect(pngSize(large)).toEqual({ width: 3600, height: 2025 });
    await chooseInMenu(figure, ["1×", "Square, 1080 × 1080", "Transparent background"]);
    const square = await read(await exportFile(page, figure, "Download PNG (1080 × 1080 px)"));
    expect(pngSize(square)).toEqual({ width: 1080, height: 1080 });
    const stats = await pngStats(page, square);
    expect(stats.corner[3]).toBe(0);
    expect(stats.ink).toBeGreaterThan(0.02);
  });

  test("writes an SVG with title, filters and source, and draws its Chinese labels in the PNG", async ({
    page,
  }) => {
    const figure = await openFigure(page, "/targets?issuer=miit", TITLE);
    const subtitle = (await figure.locator("h2 + p").textContent()) ?? "";
    expect(subtitle).toContain("MIIT");
    const svgDownload = await exportFile(page, figure, "Download SVG");
    expect(svgDownload.suggestedFilename()).toBe("targets-by-sector_miit_2026-11-28.svg");
    const svgText = (await read(svgDownload)).toString("utf8");
    const svg = await readSvg(page, svgText);
    expect(svg.parses).toBe(true);
    expect(svg.size).toEqual(["1200", "675"]);
    expect(svg.text).toEqual(
      expect.arrayContaining([
        "Targets by sector",
        subtitle,
        "Source: MERICS China Industries, 3 May 2023",
        "China Industries Dashboard · Exported 2026-11-28",
        CJK_LABEL,
      ]),
    );
    expect(svg.text).not.toContain("Show data");
    expect(svg.text.join(" ")).not.toMatch(/\bExport\b|Split bars by/);
    expect(svg.cjkLang).not.toHaveLength(0);
    expect(svg.cjkLang.every((lang) => lang?.startsWith("zh"))).toBe(true);
    expect(svg.modernColors).toBe(false);

    const png = await read(await exportFile(page, figure, /Download PNG/));
    const label = scaled(await regionOfText(page, svgText, CJK_LABEL), 2);
    expect(label.width).toBeGreaterThan(20);
    expect((await pngStats(page, png, label)).ink).toBeGreaterThan(0.05);
  });

  test("downloads the data behind the chart as CSV", async ({ page }) => {
    const figure = await openFigure(page, "/targets?issuer=miit", TITLE);
    const download = await exportFile(page, figure, "Download CSV (data)");
    expect(download.suggestedFilename()).toBe("targets-by-sector_miit_2026-11-28.csv");
    const bytes = await read(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(bytes.toString("utf8"));
    expect(csv.some((row) => row.includes(CJK_LABEL))).toBe(true);
    expect(csv).toEqual(await tableRows(figure));
  });

  test("exports light colours while the page shows the dark theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const figure = await openFigure(page, "/targets", TITLE);
    const svgText = (await read(await exportFile(page, figure, "Download SVG"))).toString("utf8");
    const png = await read(await exportFile(page, figure, /Download PNG/));
    const label = scaled(await regionOfText(page, svgText, "Foundry and forging"), 2);
    expect((await pngStats(page, png, label)).dark).toBeGreaterThan(0.03);
  });

  test("works by keyboard and stays out of print", async ({ page }) => {
    // axe checks the whole Targets page (filters, three charts, the list) with the menu open.
    test.slow();
    const figure = await openFigure(page, "/targets", TITLE);
    const button = figure.getByRole("button", { name: "Export" });
    await expect(button).toHaveAttribute("aria-haspopup", "menu");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(figure.getByRole("menuitem", { name: /Download PNG/ })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("ArrowDown");
    await expect(figure.getByRole("menuitem", { name: "Download SVG" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(figure.getByRole("menu")).toBeHidden();
    await expect(button).toBeFocused();
    await page.emulateMedia({ media: "print" });
    await expect(button).toBeHidden();
  });

  test("copies the PNG to the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const figure = await openFigure(page, "/targets", TITLE);
    await figure.getByRole("button", { name: "Export" }).click();
    await figure.getByRole("menuitem", { name: "Copy image" }).click();
    await expect(figure.getByRole("status")).toHaveText("Copied the chart image to the clipboard.");
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => [...item.types]),
    );
    expect(types).toContain("image/png");
  });

  test("says why when the browser refuses the clipboard", async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.write = () =>
        Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    });
    const figure = await openFigure(page, "/targets", TITLE);
    await figure.getByRole("button", { name: "Export" }).click();
    await figure.getByRole("menuitem", { name: "Copy image" }).click();
    await expect(figure.getByRole("status")).toHaveText(
      "The browser did not allow copying to the clipboard. Use Download PNG instead.",
    );
  });
});

test.describe("the corporate news chart", () => {
  const TITLE = "Corporate news by home country";

  test("downloads PNG, SVG and CSV", async ({ page }) => {
    const figure = await openFigure(page, "/news", TITLE);
    const pngDownload = await exportFile(page, figure, /Download PNG/);
    expect(pngDownload.suggestedFilename()).toBe("news-by-country_2026-11-28.png");
    const png = await read(pngDownload);
    expect(pngSize(png)).toEqual({ width: 2400, height: 1350 });
    expect((await pngStats(page, png)).bars).toBeGreaterThan(0.005);

    const subtitle = (await figure.locator("h2 + p").textContent()) ?? "";
    const svgDownload = await exportFile(page, figure, "Download SVG");
    expect(svgDownload.suggestedFilename()).toBe("news-by-country_2026-11-28.svg");
    const svg = await readSvg(page, (await read(svgDownload)).toString("utf8"));
    expect(svg.parses).toBe(true);
    expect(svg.text).toEqual(
      expect.arrayContaining([
        "Corporate news by home country",
        subtitle,
        "Source: MERICS China Industries, 3 May 2023",
      ]),
    );

    const csvDownload = await exportFile(page, figure, "Download CSV (data)");
    expect(csvDownload.suggestedFilename()).toBe("news-by-country_2026-11-28.csv");
    expect(parseCsv((await read(csvDownload)).toString("utf8"))).toEqual(await tableRows(figure));
  });
});

test("every chart of the timeline, co-issuance and targets views exports an SVG under its title", async ({
  page,
}) => {
  for (const path of ["/timeline", "/timeline?view=co-issuance", "/targets"]) {
    await page.goto(path);
    const figures = page.getByRole("figure");
    await expect(figures.first()).toBeVisible();
    for (const figure of await figures.all()) {
      const title = (await figure.locator("h2").textContent()) ?? "";
      const svg = await readSvg(
        page,
        (await read(await exportFile(page, figure, "Download SVG"))).toString("utf8"),
      );
      expect(svg.parses, title).toBe(true);
      expect(svg.text, title).toContain(title);
    }
  }
});

test.describe("the overview's chart", () => {
  test("exports the latest brief's policies by issuing body as PNG and as CSV, as its table shows", async ({
    page,
  }) => {
    const figure = await openFigure(page, "/", "Policies by issuing body");
    // The plot is drawn: its axis names the bodies.
    await expect(figure.getByText("MIIT", { exact: true })).toBeVisible();
    const png = await exportFile(page, figure, /Download PNG/);
    expect(png.suggestedFilename()).toBe("policies-by-issuing-body_2026-11-28.png");
    expect(pngSize(await read(png))).toEqual({ width: 2400, height: 1350 });
    const csv = parseCsv(
      (await read(await exportFile(page, figure, "Download CSV (data)"))).toString("utf8"),
    );
    expect(csv[0]).toEqual([
      "Issuing body",
      "Name",
      "As lead issuer",
      "As co-issuer",
      "All policies",
    ]);
    expect(csv[1]).toEqual([
      "MIIT",
      "Ministry of Industry and Information Technology",
      "5",
      "1",
      "6",
    ]);
    expect(csv).toEqual(await tableRows(figure));
  });
});
