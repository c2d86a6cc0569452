import { describe, expect, it } from "vitest";
import { toExportFileName, toFileSlug, toLocalIsoDate } from "@/lib/export/file-name";

const day = new Date(2026, 10, 28, 23, 59);

describe("toExportFileName", () => {
  it.each([
    [
      { name: "targets-by-sector", filterSlug: "miit" },
      "png",
      "targets-by-sector_miit_2026-11-28.png",
    ],
    [{ name: "targets-by-sector" }, "svg", "targets-by-sector_2026-11-28.svg"],
    [{ name: "news-by-company", filterSlug: "" }, "csv", "news-by-company_2026-11-28.csv"],
    [
      { name: "Targets by Sector", filterSlug: "MIIT, NDRC" },
      "png",
      "targets-by-sector_miit-ndrc_2026-11-28.png",
    ],
    [
      { name: "co-issuance", filterSlug: "../../etc/passwd" },
      "svg",
      "co-issuance_etc-passwd_2026-11-28.svg",
    ],
    [{ name: "targets", filterSlug: "铸造" }, "png", "targets_2026-11-28.png"],
    [{ name: "", filterSlug: "miit" }, "png", "chart_miit_2026-11-28.png"],
  ] as const)("names %o as %s → %s", (spec, format, expected) => {
    expect(toExportFileName(spec, format, day)).toBe(expected);
  });
});

describe("toFileSlug", () => {
  it.each([
    ["Énergie électrique", "energie-electrique"],
    ["  --MIIT--  ", "miit"],
    ["a/b\\c:d*e?f", "a-b-c-d-e-f"],
    ["x".repeat(100), "x".repeat(60)],
  ])("slugs %s as %s", (text, expected) => {
    expect(toFileSlug(text)).toBe(expected);
  });
});

describe("toLocalIsoDate", () => {
  it("uses the local calendar day, not UTC", () => {
    expect(toLocalIsoDate(new Date(2026, 0, 5, 0, 30))).toBe("2026-01-05");
    expect(toLocalIsoDate(day)).toBe("2026-11-28");
  });
});
