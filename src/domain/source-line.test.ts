import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "@/core/calendar-date";
import { describeSources } from "@/domain/source-line";

const brief = (series: string, iso: string) => {
  const publishedOn = parseCalendarDate(iso);
  if (!publishedOn) throw new Error(iso);
  return { series, publishedOn };
};

describe("describeSources", () => {
  it("names one brief by its date", () => {
    expect(describeSources([brief("MERICS China Industries", "2023-05-03")])).toBe(
      "MERICS China Industries, 3 May 2023",
    );
  });

  it("names several briefs of a series as a range", () => {
    expect(
      describeSources([
        brief("MERICS China Industries", "2023-06-07"),
        brief("MERICS China Industries", "2023-05-03"),
      ]),
    ).toBe("MERICS China Industries, 2 briefs, May 2023 – Jun 2023");
  });

  it("lists each series", () => {
    expect(describeSources([brief("A", "2023-05-03"), brief("B", "2022")])).toBe(
      "A, 3 May 2023; B, 2022",
    );
  });

  it("is empty when no brief is in view", () => {
    expect(describeSources([])).toBe("");
  });
});
