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

/** One text item (one line, or one run of a line), 5 units a character unless told. */
function item(
  text: string,
  x: number,
  y: number,
  width = text.length * 5,
  height = SIZE,
): PdfTextItem {
  return { text, x, y, width, height };
}

/** Lines set at `leading`, each a [text, width] pair; a null adds `gap` between paragraphs. */
function lines(
  x: number,
  top: number,
  texts: readonly (readonly [string, number] | null)[],
  { leading = PITCH, gap = PITCH, size = SIZE } = {},
): PdfTextItem[] {
  let y = top;
  const items: PdfTextItem[] = [];
  for (const entry of texts) {
    if (entry === null) {
      y -= gap;
      continue;
    }
    items.push(item(entry[0], x, y, entry[1], size));
    y -= leading;
  }
  return items;
}

/** A page whose text all sits left of where a column gap could be (its middle 40%). */
function narrowText(items: PdfTextItem[]): PdfPageText {
  return { width: 1000, height: 842, items };
}

const FULL = 450; // a line that fills a 450-wide column (x 72 to 522)

describe("rebuildReadingOrder, line by line", () => {
  it("keeps a contact block's name and role on their own lines, in one block", () => {
    const text = rebuildReadingOrder([
      page(
        lines(72, 700, [
          ["Contact the editors of this brief for more", FULL],
          ["information.", 60],
          null,
          ["Dr. Jane Doe, Head of the Industrial Policy Research Program", 290],
          ["Editor", 30],
        ]),
      ),
    ]);
    expect(text).toBe(
      "Contact the editors of this brief for more information.\n\n" +
        "Dr. Jane Doe, Head of the Industrial Policy Research Program\nEditor\n",
    );
  });

  it("keeps an indented name above its role, measuring the column from lines 20 units left", () => {
    const text = rebuildReadingOrder([
      page([
        ...lines(72, 700, [
          ["Contact the editors of this brief for more", FULL],
          ["information.", 60],
        ]),
        ...lines(92, 655, [
          ["Dr. Jane Doe-Smith", 90],
          ["Editor", 30],
        ]),
      ]),
    ]);
    expect(text).toBe(
      "Contact the editors of this brief for more information.\n\nDr. Jane Doe-Smith\nEditor\n",
    );
  });

  it.each([
    [
      "a short line followed by a full one (a lead-in) is joined",
      [
        ["Key points", 50],
        ["The ministry will subsidise foundries that cut their", FULL - 20],
        ["emissions by a third before the end of the plan period.", FULL],
      ],
      "Key points The ministry will subsidise foundries that cut their emissions by a third before the end of the plan period.\n",
    ],
    [
      "a line that stopped short only because the next word did not fit",
      [
        ["The plan names the ministries of industry and of", FULL],
        ["commerce as leads, with local bureaus for", FULL - 70],
        ["Manufacturing.", 70],
      ],
      "The plan names the ministries of industry and of commerce as leads, with local bureaus for Manufacturing.\n",
    ],
  ] as const)("%s", (_, texts, expected) => {
    expect(rebuildReadingOrder([page(lines(72, 700, [...texts]))])).toBe(expected);
  });

  it.each([
    [
      "continues a sentence over the page when its last line filled the column",
      [
        "Beijing has issued new guidance for",
        "foundries and forges, which the",
        "Ministry of Industry and",
      ],
      FULL - 10,
      "Information Technology drafted.",
      "Beijing has issued new guidance for foundries and forges, which the Ministry of Industry and Information Technology drafted.\n",
    ],
    [
      "starts a new paragraph over the page after a line three sizes short of the edge",
      [
        "Beijing has issued new guidance for",
        "foundries and forges, which the",
        "Ministry of Industry and",
      ],
      FULL - 33,
      "Information Technology drafted.",
      "Beijing has issued new guidance for foundries and forges, which the Ministry of Industry and\n\nInformation Technology drafted.\n",
    ],
    [
      "starts a new paragraph over the page after a finished sentence that filled the column",
      [
        "Beijing has issued new guidance for",
        "foundries and forges, which the",
        "ministry drafted in spring.",
      ],
      FULL,
      "Beijing will publish more rules.",
      "Beijing has issued new guidance for foundries and forges, which the ministry drafted in spring.\n\nBeijing will publish more rules.\n",
    ],
  ])("%s", (_, first, lastWidth, next, expected) => {
    const pageOne = lines(72, 700, [
      [first[0] ?? "", FULL],
      [first[1] ?? "", FULL],
      [first[2] ?? "", lastWidth],
    ]);
    const pageTwo = lines(72, 700, [[next, next.length * 5]]);
    expect(rebuildReadingOrder([page(pageOne), page(pageTwo)])).toBe(expected);
  });

  it.each([
    [
      "a short heading ending a page",
      [
        ["First paragraph fills the whole column", FULL],
        ["and ends here.", 70],
        null,
        ["Outlook", 35],
      ],
    ],
    [
      "a title page of two lines",
      [
        ["Part two", 40],
        ["Industrial policy", 85],
      ],
    ],
  ] as const)("does not run %s into the next page's capitalised first line", (_, texts) => {
    const text = rebuildReadingOrder([
      page(lines(72, 700, [...texts])),
      page(lines(72, 700, [["Beijing will publish more rules.", 160]])),
    ]);
    expect(text.endsWith("\n\nBeijing will publish more rules.\n")).toBe(true);
  });

  it.each([
    ["a heading in a larger font", 14],
    ["a caption half a point smaller", 10.5],
  ])("keeps %s apart from the body line right under it", (_, size) => {
    const text = rebuildReadingOrder([
      page([
        item("Policy news and the plan", 72, 715, 150, size),
        ...lines(72, 700, [
          ["Three ministries issued support for foundries and", FULL],
          ["forges.", 35],
        ]),
      ]),
    ]);
    expect(text).toBe(
      "Policy news and the plan\n\nThree ministries issued support for foundries and forges.\n",
    );
  });

  it("tells paragraphs apart by the page's usual line pitch, even single-spaced", () => {
    const body = lines(
      72,
      700,
      [
        ["Beijing set targets for", FULL],
        ["foundries.", 50],
        null,
        ["Firms must cut their emissions", FULL],
        ["by a third, and report", FULL],
        ["progress each year to the", FULL],
        ["ministry.", 45],
      ],
      { leading: 12, gap: 8 },
    );
    expect(rebuildReadingOrder([page(body)])).toBe(
      "Beijing set targets for foundries.\n\nFirms must cut their emissions by a third, and report progress each year to the ministry.\n",
    );
  });

  it("does not run a column's last line into the next column's first line beside it", () => {
    const text = rebuildReadingOrder([
      page([
        item("Left column one", 72, 700, 200),
        item("ends here.", 72, 685, 50),
        item("The right column starts lower", 320, 685, 200),
        item("and wraps onto a second line.", 320, 670, 145),
      ]),
    ]);
    expect(text).toBe(
      "Left column one ends here.\n\nThe right column starts lower and wraps onto a second line.\n",
    );
  });

  it("reads a full-width line under two columns after both columns, once", () => {
    const text = rebuildReadingOrder([
      page([
        ...lines(72, 720, [
          ["Left one begins here and", 200],
          ["continues here.", 200],
        ]),
        ...lines(320, 720, [
          ["Right one begins there and", 200],
          ["continues too.", 200],
        ]),
        item("Source: ministry notices.", 72, 600, 300),
      ]),
    ]);
    expect(text).toBe(
      "Left one begins here and continues here.\n\nRight one begins there and continues too.\n\nSource: ministry notices.\n",
    );
  });

  it("ignores blank items", () => {
    const text = rebuildReadingOrder([
      page([...column(72, 700, ["Only text."]), item("  ", 72, 400, 10), item(" ", 300, 300, 5)]),
    ]);
    expect(text).toBe("Only text.\n");
  });

  it("builds lines from runs given in any order, bottom line first", () => {
    const items: PdfTextItem[] = [
      item("issued", 150, 685),
      item("Three ministries", 72, 685, 75),
      item("support.", 185, 685),
      item("Policy", 72, 700),
      item("news", 110, 700.4),
    ];
    expect(rebuildReadingOrder([narrowText(items)])).toBe(
      "Policy news Three ministries issued support.\n",
    );
  });

  it("joins runs split inside a word without a space, and spaces runs with a gap", () => {
    const items: PdfTextItem[] = [
      item("Indus", 72, 700, 25, 10),
      item("try", 99, 700, 15, 10),
      item("policy rules", 120, 700, 60, 10),
    ];
    expect(rebuildReadingOrder([narrowText(items)])).toBe("Industry policy rules\n");
  });

  it("collapses and trims the spaces PDF runs bring along", () => {
    const items: PdfTextItem[] = [
      item("  Three  ministries ", 72, 700, 100),
      item("issued support. ", 180, 700, 80),
    ];
    expect(rebuildReadingOrder([narrowText(items)])).toBe("Three ministries issued support.\n");
  });

  it("keeps a small dateline beside a heading as a line of its own", () => {
    const items: PdfTextItem[] = [
      item("Policy news", 72, 700, 120, 16),
      item("May 2023", 200, 696, 40, 9),
    ];
    expect(rebuildReadingOrder([narrowText(items)])).toBe("Policy news\n\nMay 2023\n");
  });

  it("keeps a line with a small footnote mark in the paragraph", () => {
    const items: PdfTextItem[] = [
      item("Beijing announced subsidies for foundries", 72, 700, 440),
      item("1", 514, 700, 3, 6),
      item("and forges.", 72, 685, 55),
    ];
    expect(rebuildReadingOrder([page(items)])).toBe(
      "Beijing announced subsidies for foundries 1 and forges.\n",
    );
  });

  it("drops a running footer whose number changes width from page to page", () => {
    const pages = [9, 10].map((n) =>
      page([
        ...column(72, 700, [`Body of page ${n}.`]),
        item(`MERICS China Industries, issue ${n}`, 72, 40),
      ]),
    );
    expect(rebuildReadingOrder(pages)).toBe("Body of page 9.\n\nBody of page 10.\n");
  });

  it("keeps a number in the body, and numbers right on the margins' edges", () => {
    const text = rebuildReadingOrder([
      {
        width: 595,
        height: 1000,
        items: [item("3", 72, 900), item("42", 72, 500), item("7", 290, 100)],
      },
    ]);
    expect(text).toBe("3\n\n42\n\n7\n");
  });

  it.each([
    [
      "a hyphen inside the line before a lowercase line",
      ["The long-term plan", "and more follow."],
      "The long-term plan and more follow.",
    ],
    [
      "a Chinese title wrapped inside",
      ["The notice 关于推动铸造", "和锻压行业高质量发展 was issued."],
      "The notice 关于推动铸造和锻压行业高质量发展 was issued.",
    ],
    [
      "English after a Chinese line end",
      ["The notice 关于推动铸造", "was issued in May."],
      "The notice 关于推动铸造 was issued in May.",
    ],
    [
      "Chinese after an English line end",
      ["The 意见 were issued by the", "工业和信息化部 in May."],
      "The 意见 were issued by the 工业和信息化部 in May.",
    ],
    [
      "English with Chinese in it after a Chinese line end",
      ["The notice 关于推动铸造", "was issued with 附件."],
      "The notice 关于推动铸造 was issued with 附件.",
    ],
  ])("joins the lines of %s", (_, texts, expected) => {
    const text = rebuildReadingOrder([page(column(72, 700, texts, FULL))]);
    expect(text).toBe(`${expected}\n`);
  });
});

describe("rebuildReadingOrder, one column or two", () => {
  it("reads a date set right of the title on a one-column page in the title's line", () => {
    const text = rebuildReadingOrder([
      page([
        item("Policy news", 72, 760),
        item("3 May 2023", 470, 760),
        ...column(72, 720, [
          "• Steel output up",
          null,
          "• Coal output down",
          null,
          "• Cement flat",
        ]),
      ]),
    ]);
    expect(text).toBe(
      "Policy news 3 May 2023\n\n- Steel output up\n\n- Coal output down\n\n- Cement flat\n",
    );
  });

  it("reads a small table under a long paragraph row by row, not as two columns", () => {
    const paragraph = lines(72, 760, [
      ["Output of the main industries changed as follows", FULL],
      ["in the first quarter, by the bureau's count.", 220],
    ]);
    const rows = ["Steel output", "Coal output.", "Cement sales", "Glass output"].flatMap(
      (label, at) => [
        item(label, 72, 700 - at * 30),
        item(`+${at + 1}.0 percent`, 400, 700 - at * 30),
      ],
    );
    expect(rebuildReadingOrder([page([...paragraph, ...rows])])).toBe(
      "Output of the main industries changed as follows in the first quarter, by the bureau's count.\n\n" +
        "Steel output +1.0 percent\n\nCoal output. +2.0 percent\n\nCement sales +3.0 percent\n\nGlass output +4.0 percent\n",
    );
  });
});
