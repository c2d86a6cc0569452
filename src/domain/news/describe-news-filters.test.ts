import { describe, expect, it } from "vitest";
import { describeNewsFilters } from "@/domain/news/describe-news-filters";
import { DEFAULT_NEWS_FILTERS, type NewsFilters } from "@/domain/news/news-filters";
import { day } from "../../../tests/factories/news";

const names = {
  company: (id: string) => ({ volkswagen: "Volkswagen", cariad: "Cariad" })[id],
  country: (code: string) => ({ DE: "Germany", FR: "France" })[code],
  sector: (id: string) => ({ automotive: "Automotive" })[id],
};

describe("describeNewsFilters", () => {
  it.each<[Partial<NewsFilters>, string]>([
    [{}, "All corporate news"],
    [{ query: "   " }, "All corporate news"],
    [{ countries: ["DE", "FR"] }, "Germany, France"],
    [{ countries: ["FR"], countryOf: "place" }, "happening in France"],
    [{ countryOf: "place" }, "All corporate news"],
    [
      { companies: ["volkswagen", "cariad"], dealKinds: ["joint-venture"], query: " tesla " },
      "Volkswagen, Cariad · Joint venture · text “tesla”",
    ],
    [{ dealKinds: ["order", "acquisition"] }, "Order, Acquisition"],
    [{ sectors: ["automotive"], crossBorder: true }, "Automotive · cross-border only"],
    [{ from: day("2023-04"), to: day("2023-06-30") }, "April 2023 – 30 June 2023"],
    [{ from: day("2023-04-01") }, "from 1 April 2023"],
    [{ to: day("2023") }, "until 2023"],
    [{ companies: ["unknown-co"] }, "unknown-co"],
  ])("describes %j", (change, words) => {
    expect(describeNewsFilters({ ...DEFAULT_NEWS_FILTERS, ...change }, names)).toBe(words);
  });
});
