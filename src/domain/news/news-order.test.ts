import { describe, expect, it } from "vitest";
import { NEWS_SORT_KEYS, type NewsSort } from "@/domain/news/news-filters";
import {
  buildCompany,
  buildNews,
  CHINA_COUNTRY,
  day,
  GERMANY,
} from "../../../tests/factories/news";
import { buildNewsIndex } from "@/domain/news/news-index";
import { isIndexOrder, sortOrder } from "@/domain/news/news-order";

const acme = buildCompany({ id: "acme", name: "Acme", country: CHINA_COUNTRY });
const zeta = buildCompany({ id: "zeta", name: "Zeta", country: GERMANY });
// Same days and ids in several briefs, so that every tie-break matters.
const index = buildNewsIndex(
  [
    buildNews({ id: "b", date: day("2023-04-06"), briefId: "b1", companies: [acme] }),
    buildNews({ id: "a", date: day("2023-04-06"), briefId: "b2", companies: [acme] }),
    buildNews({ id: "a", date: day("2023-04-06"), briefId: "b1", companies: [acme] }),
    buildNews({ id: "c", date: day("2023-04"), briefId: "b1", companies: [zeta] }),
    buildNews({ id: "d", date: day("2023-05-01"), briefId: "b1", companies: [zeta] }),
  ],
  { companies: [acme, zeta], countries: [CHINA_COUNTRY, GERMANY], sectors: [] },
);
const sorts = NEWS_SORT_KEYS.flatMap((key) =>
  (["asc", "desc"] as const).map((direction): NewsSort => ({ key, direction })),
);

describe("isIndexOrder", () => {
  it.each(sorts)("is true exactly when $key $direction leaves positions in order", (sort) => {
    const identity = index.items.map((_, position) => position);
    expect([...sortOrder(index, sort)].join() === identity.join()).toBe(isIndexOrder(sort));
  });
});
