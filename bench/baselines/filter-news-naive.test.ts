import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEAL_KINDS } from "../../src/core/deal-kinds";
import { ordinalToIso, toOrdinal } from "../../src/core/calendar-date";
import { filterNewsNaive } from "./filter-news-naive";
import {
  DEFAULT_NEWS_FILTERS,
  NEWS_SORT_KEYS,
  type NewsFilters,
} from "../../src/domain/news/news-filters";
import {
  buildCompany,
  buildCountry,
  buildNews,
  CHINA_COUNTRY,
  day,
  FRANCE,
  GERMANY,
} from "../../tests/factories/news";
import { buildNewsIndex } from "../../src/domain/news/news-index";
import { filterNews, queryNews } from "../../src/domain/news/query-news";
import { loadShippedDataset } from "../../tests/disk-dataset";

const countries = [CHINA_COUNTRY, GERMANY, FRANCE, buildCountry("SE", "Sweden")];
const companies = [
  buildCompany({ id: "huawei", name: "Huawei", nameZh: "华为", country: CHINA_COUNTRY }),
  buildCompany({ id: "vw", name: "Volkswagen", aliases: ["VW"], country: GERMANY }),
  buildCompany({ id: "cariad", name: "Cariad", country: GERMANY, parentId: "vw" }),
  buildCompany({ id: "granges", name: "Gränges", country: countries[3] ?? GERMANY }),
  buildCompany({ id: "airbus", name: "Airbus", nameZh: "空中客车", country: FRANCE }),
  buildCompany({ id: "avic", name: "Aviation Industry", aliases: ["AVIC"] }),
];
const sectors = ["auto", "aviation", "chips"].map((id) => ({ id, nameEn: id, nameZh: id }));
const words = ["Tesla", "tes", "joint", "venture", "Gränges", "华为技术", "中国", "A320", "co-op"];
const start = toOrdinal(2023, 1, 1);

const isoDay = fc.integer({ min: start, max: start + 90 }).map((o) => day(ordinalToIso(o)));
const news = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,3}$/),
    date: fc.oneof(isoDay, fc.constantFrom(day("2023-02"), day("2023"))),
    text: fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(" ")),
    companies: fc.uniqueArray(fc.constantFrom(...companies), { maxLength: 3 }),
    dealKind: fc.constantFrom(...DEAL_KINDS),
    sectors: fc.uniqueArray(fc.constantFrom(...sectors), { maxLength: 2 }),
    location: fc.option(
      fc.constantFrom(...countries).map((country) => ({ country, city: null, words: null })),
      { nil: null },
    ),
  }),
  { selector: (item) => item.id, maxLength: 25 },
);
const filters: fc.Arbitrary<NewsFilters> = fc.record({
  query: fc.oneof(
    fc.constant(""),
    fc
      .array(fc.constantFrom("tes", "TESLA", "granges", "为技", "中", "a3", "vw", "op", "x"), {
        maxLength: 2,
      })
      .map((w) => w.join(" ")),
  ),
  companies: fc.uniqueArray(fc.constantFrom("huawei", "vw", "cariad", "airbus", "gone"), {
    maxLength: 2,
  }),
  countries: fc.uniqueArray(fc.constantFrom("CN", "DE", "FR", "SE", "JP"), { maxLength: 2 }),
  countryOf: fc.constantFrom("company" as const, "place" as const),
  dealKinds: fc.uniqueArray(fc.constantFrom(...DEAL_KINDS), { maxLength: 2 }),
  sectors: fc.uniqueArray(fc.constantFrom("auto", "aviation", "chips"), { maxLength: 2 }),
  crossBorder: fc.boolean(),
  from: fc.option(isoDay, { nil: null }),
  to: fc.option(isoDay, { nil: null }),
  sort: fc.record({
    key: fc.constantFrom(...NEWS_SORT_KEYS),
    direction: fc.constantFrom("asc" as const, "desc" as const),
  }),
  chart: fc.constant("country" as const),
});

const registries = { companies, countries, sectors };

describe("filterNews and filterNewsNaive", () => {
  it("give the same items in the same order for any news and filters", () => {
    fc.assert(
      fc.property(news, filters, (records, chosen) => {
        const items = records.map((record) => buildNews(record));
        const index = buildNewsIndex(items, registries);
        expect(filterNews(index, chosen).map((i) => i.id)).toEqual(
          filterNewsNaive(items, chosen).map((i) => i.id),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("count each facet value as the naive filter would under the other filters", () => {
    fc.assert(
      fc.property(news, filters, (records, chosen) => {
        const items = records.map((record) => buildNews(record));
        const index = buildNewsIndex(items, registries);
        const { counts } = queryNews(index, chosen);
        const expected = companies.map(
          (company) => filterNewsNaive(items, { ...chosen, companies: [company.id] }).length,
        );
        expect(companies.map((c) => counts.company[index.companyNumber.get(c.id) ?? -1])).toEqual(
          expected,
        );
        // Both readings of a country are counted, whichever one the filter uses.
        for (const countryOf of ["company", "place"] as const) {
          const byCountry = countries.map(
            (country) =>
              filterNewsNaive(items, { ...chosen, countries: [country.code], countryOf }).length,
          );
          const counted = countryOf === "place" ? counts.place : counts.country;
          expect(countries.map((c) => counted[index.countryNumber.get(c.code) ?? -1])).toEqual(
            byCountry,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("agree while a query is typed and edited one keystroke at a time", () => {
    // Each search reuses the last one's matches when it narrows them: every step must still be
    // what a fresh search finds.
    const typing = fc.array(
      fc.oneof(
        fc.constantFrom("tes", "TESLA", "granges", "为技", "中", "a3", "vw", "op", " "),
        fc.nat({ max: 4 }).map((deleted) => -deleted - 1),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(news, typing, (records, edits) => {
        const items = records.map((record) => buildNews(record));
        const index = buildNewsIndex(items, registries);
        let query = "";
        for (const edit of edits) {
          const keys =
            typeof edit === "string"
              ? Array.from(edit, (_, at) => query + edit.slice(0, at + 1))
              : Array.from({ length: -edit }, (_, at) => query.slice(0, query.length - at - 1));
          for (const typed of keys) {
            const chosen = { ...DEFAULT_NEWS_FILTERS, query: typed };
            expect(filterNews(index, chosen).map((i) => i.id)).toEqual(
              filterNewsNaive(items, chosen).map((i) => i.id),
            );
          }
          query = keys.at(-1) ?? query;
        }
      }),
      { numRuns: 200 },
    );
  });

  it("agree on text search over any Unicode text", () => {
    const text = fc.string({ unit: "binary", minLength: 1, maxLength: 12 });
    // The query is a piece of one of the texts, so that matches are common.
    const piece = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.integer({ min: 1, max: 6 }));
    fc.assert(
      fc.property(
        fc.uniqueArray(text, { minLength: 1, maxLength: 8 }),
        piece,
        (texts, [n, at, length]) => {
          const items = texts.map((t, i) => buildNews({ id: `n${i}`, text: t }));
          const index = buildNewsIndex(items, registries);
          const source = Array.from(texts[n % texts.length] ?? "");
          const query = source.slice(at, at + length).join("");
          const chosen = { ...DEFAULT_NEWS_FILTERS, query };
          expect(filterNews(index, chosen).map((i) => i.id)).toEqual(
            filterNewsNaive(items, chosen).map((i) => i.id),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("agree on the shipped brief", async () => {
    const dataset = await loadShippedDataset();
    const index = buildNewsIndex(dataset.corporateNews, dataset.registries);
    for (const query of ["", "tesla", "VW", "华为", "china state", "c"]) {
      const chosen = { ...DEFAULT_NEWS_FILTERS, query };
      expect(filterNews(index, chosen)).toEqual(filterNewsNaive(dataset.corporateNews, chosen));
    }
  });
});
