import { describe, expect, it } from "vitest";
import type { CorporateNews } from "@/data/model";
import { NEWS_SORT_KEYS, type NewsSort } from "@/domain/news/news-filters";
import {
  buildCompany,
  buildNews,
  CHINA_COUNTRY,
  day,
  GERMANY,
} from "../../../tests/factories/news";
import { buildNewsIndex } from "@/domain/news/news-index";
import { compareNews, isIndexOrder, sortOrder } from "@/domain/news/news-order";

const acme = buildCompany({ id: "acme", name: "Acme", country: CHINA_COUNTRY });
const zeta = buildCompany({ id: "zeta", name: "Zeta", country: GERMANY });
// Same days and ids in several briefs, so that every tie-break matters.
const news = [
  buildNews({ id: "b", date: day("2023-04-06"), briefId: "b1", companies: [acme] }),
  buildNews({ id: "a", date: day("2023-04-06"), briefId: "b2", companies: [acme] }),
  buildNews({ id: "a", date: day("2023-04-06"), briefId: "b1", companies: [acme] }),
  buildNews({ id: "c", date: day("2023-04"), briefId: "b1", companies: [zeta] }),
  buildNews({ id: "d", date: day("2023-05-01"), briefId: "b1", companies: [zeta] }),
];
const registries = { companies: [acme, zeta], countries: [CHINA_COUNTRY, GERMANY], sectors: [] };
// Built in each test, so that a mutation run sees which tests cover the ranking.
const build = () => buildNewsIndex(news, registries);
const label = (item: CorporateNews | undefined) => `${item?.id}/${item?.briefId}`;
const sorts = NEWS_SORT_KEYS.flatMap((key) =>
  (["asc", "desc"] as const).map((direction): NewsSort => ({ key, direction })),
);

describe("isIndexOrder", () => {
  it.each(sorts)("is true exactly when $key $direction leaves positions in order", (sort) => {
    const index = build();
    const identity = index.items.map((_, position) => position);
    expect([...sortOrder(index, sort)].join() === identity.join()).toBe(isIndexOrder(sort));
  });
});

// Ties always newest first, then by id and brief, whatever the direction of the key.
const ORDERS: [NewsSort, string[]][] = [
  [{ key: "date", direction: "desc" }, ["d/b1", "a/b1", "a/b2", "b/b1", "c/b1"]],
  [{ key: "date", direction: "asc" }, ["c/b1", "a/b1", "a/b2", "b/b1", "d/b1"]],
  [{ key: "company", direction: "asc" }, ["a/b1", "a/b2", "b/b1", "d/b1", "c/b1"]],
  [{ key: "company", direction: "desc" }, ["d/b1", "c/b1", "a/b1", "a/b2", "b/b1"]],
  [{ key: "country", direction: "asc" }, ["a/b1", "a/b2", "b/b1", "d/b1", "c/b1"]],
  [{ key: "country", direction: "desc" }, ["d/b1", "c/b1", "a/b1", "a/b2", "b/b1"]],
];

describe("compareNews", () => {
  it.each(ORDERS)("sorts items by %j", (sort, expected) => {
    expect([...news].sort(compareNews(sort)).map(label)).toEqual(expected);
  });
});

describe("sortOrder", () => {
  it.each(ORDERS)("lists positions by %j", (sort, expected) => {
    const index = build();
    expect(Array.from(sortOrder(index, sort), (position) => label(index.items[position]))).toEqual(
      expected,
    );
  });

  it("ranks one name written with a composed or a decomposed accent as one, keeping date order", () => {
    const composed = buildCompany({ id: "nestle", name: "Nestl\u00e9" });
    const decomposed = buildCompany({ id: "nestle-nfd", name: "Nestle\u0301" });
    const index = buildNewsIndex(
      [
        buildNews({ id: "a", companies: [decomposed] }),
        buildNews({ id: "b", companies: [composed] }),
        buildNews({ id: "c", companies: [decomposed] }),
        buildNews({ id: "d", companies: [zeta] }),
      ],
      { ...registries, companies: [composed, decomposed, zeta] },
    );
    const order = (sort: NewsSort) =>
      Array.from(sortOrder(index, sort), (position) => index.items[position]?.id);
    expect(order({ key: "company", direction: "asc" })).toEqual(["a", "b", "c", "d"]);
    expect(order({ key: "company", direction: "desc" })).toEqual(["d", "a", "b", "c"]);
  });

  it("puts items naming no company first by company, last in reverse", () => {
    const index = buildNewsIndex(
      [buildNews({ id: "x" }), buildNews({ id: "y", companies: [acme] })],
      registries,
    );
    const order = (sort: NewsSort) =>
      Array.from(sortOrder(index, sort), (position) => index.items[position]?.id);
    expect(order({ key: "company", direction: "asc" })).toEqual(["x", "y"]);
    expect(order({ key: "company", direction: "desc" })).toEqual(["y", "x"]);
    const items = [...index.items];
    expect(items.sort(compareNews({ key: "country", direction: "asc" })).map((i) => i.id)).toEqual([
      "x",
      "y",
    ]);
  });
});
