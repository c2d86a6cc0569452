import { describe, expect, it } from "vitest";
import { rebuildReadingOrder, type PdfPageText, type PdfTextItem } from "./pdf-reading-order";

const A4 = { width: 595, height: 842 };
const SIZE = 11;
const PITCH = 15;

/** Lines of text laid out top-down from `top`, one item per line (or per given cell). */
function column(x: number, top: number, lines: (string | null)[], width = 230): PdfTextItem[] {
  let y = top;
  const items: PdfTextItem[] = [];
  for (const line of lines) {
    if (line === null) {
      y -= PITCH; // a paragraph gap
      continue;
    }
    // Lines fill the column, as wrapped lines do, except a paragraph's short last line.
    const last = lines[lines.indexOf(line) + 1] === null || line === lines.at(-1);
    items.push({ text: line, x, y, width: last ? line.length * 5 : width, height: SIZE });
    y -= PITCH;
  }
  return items;
}

function page(items: PdfTextItem[]): PdfPageText {
  return { ...A4, items };
}

describe("rebuildReadingOrder", () => {
  it("joins the lines of a paragraph and keeps paragraphs apart", () => {
    const text = rebuildReadingOrder([
      page(column(72, 700, ["At a glance: Three ministries", "issued support.", null, "Next."])),
    ]);
    expect(text).toBe("At a glance: Three ministries issued support.\n\nNext.\n");
  });

  it("reads a two-column page column by column, under a full-width title", () => {
    const title: PdfTextItem = { text: "Policy news", x: 72, y: 760, width: 450, height: 16 };
    const left = column(72, 720, ["Left one", "continues here.", null, "Left two."], 200);
    const right = column(320, 720, ["Right one", "continues too."], 200);
    const text = rebuildReadingOrder([page([title, ...right, ...left])]);
    expect(text).toBe(
      "Policy news\n\nLeft one continues here.\n\nLeft two.\n\nRight one continues too.\n",
    );
  });

  it("drops running headers, footers and page numbers but keeps the first page's header line", () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        ...column(72, 800, [n === 1 ? "MERICS" : "China Industries · May 3, 2023"]),
        ...column(72, 700, [`Body of page ${n}.`]),
        ...column(290, 40, [String(n)]),
      ]),
    );
    expect(rebuildReadingOrder(pages)).toBe(
      "MERICS\n\nBody of page 1.\n\nBody of page 2.\n\nBody of page 3.\n",
    );
  });

  it("joins a word hyphenated at a line end, but keeps a real compound", () => {
    const text = rebuildReadingOrder([
      page(
        column(72, 700, [
          "The regulation of gener-",
          "ative AI and the long-",
          "term plan, a long-term view.",
        ]),
      ),
    ]);
    expect(text).toBe(
      "The regulation of generative AI and the long-term plan, a long-term view.\n",
    );
  });

  it("keeps bullets as separate lines in the parser's form", () => {
    const text = rebuildReadingOrder([
      page(
        column(72, 700, [
          "Targets include:",
          "• Reduce pollution by",
          "30 percent",
          "• Attract firms",
        ]),
      ),
    ]);
    expect(text).toBe("Targets include:\n\n- Reduce pollution by 30 percent\n\n- Attract firms\n");
  });

  it("continues a paragraph across a page break, not a finished sentence", () => {
    const pages = [
      page(column(72, 700, ["The sentence goes on"])),
      page(column(72, 700, ["over the page.", "Then a new one."])),
      page(column(72, 700, ["Fresh paragraph."])),
    ];
    expect(rebuildReadingOrder(pages)).toBe(
      "The sentence goes on over the page. Then a new one.\n\nFresh paragraph.\n",
    );
  });

  it("puts items of one line together left to right, with spaces where there are gaps", () => {
    const items: PdfTextItem[] = [
      { text: "world", x: 120, y: 700, width: 27, height: SIZE },
      { text: "Hello", x: 72, y: 700.4, width: 27, height: SIZE },
      { text: "关于推动", x: 150, y: 700, width: 44, height: SIZE },
      { text: "铸造", x: 194, y: 700, width: 22, height: SIZE },
    ];
    expect(rebuildReadingOrder([page(items)])).toBe("Hello world 关于推动铸造\n");
  });
});
