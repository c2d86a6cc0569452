import type { z } from "zod";
import type { DealKind } from "../../src/core/deal-kinds";
import type { CorporateNewsSchema } from "../../src/data/schema";
import type { Pickers } from "./pickers";
import { cumulative, type Random } from "./random";
import { listNames } from "./text";

export type CorporateNewsInput = z.input<typeof CorporateNewsSchema>;

/** How a deal reads with one company and with several. */
const DEALS: readonly { kind: DealKind; weight: number; one: string; many: string }[] = [
  {
    kind: "agreement",
    weight: 25,
    one: "signed a synthetic agreement",
    many: "signed a synthetic agreement",
  },
  {
    kind: "investment",
    weight: 18,
    one: "announced a synthetic investment",
    many: "announced a synthetic joint investment",
  },
  {
    kind: "joint-venture",
    weight: 12,
    one: "set up a synthetic joint venture",
    many: "agreed a synthetic joint venture",
  },
  { kind: "order", weight: 10, one: "won a synthetic order", many: "agreed a synthetic order" },
  {
    kind: "factory",
    weight: 10,
    one: "opened a synthetic factory",
    many: "agreed to build a synthetic factory",
  },
  {
    kind: "product",
    weight: 10,
    one: "launched a synthetic product",
    many: "launched a synthetic joint product",
  },
  {
    kind: "acquisition",
    weight: 8,
    one: "made a synthetic acquisition",
    many: "agreed a synthetic acquisition",
  },
  { kind: "other", weight: 7, one: "reported synthetic news", many: "reported synthetic news" },
];
const DEAL_WEIGHTS = cumulative(DEALS.map((d) => d.weight));
/** One, two or three companies per item. */
const COMPANY_COUNTS = cumulative([45, 45, 10]);
/** Share of multi-company items that pair a Chinese company with a foreign one. */
const CROSS_BORDER_SHARE = 0.5;
const SOURCES = [{ label: "Synthetic source" }];

/** One corporate news item naming one to three synthetic companies. */
export function generateCorporateNewsItem(
  random: Random,
  pickers: Pickers,
  id: string,
  date: string,
): CorporateNewsInput {
  const count = random.weightedIndex(COMPANY_COUNTS) + 1;
  const companies = pickers.companies(random, count, random.chance(CROSS_BORDER_SHARE));
  const deal = DEALS[random.weightedIndex(DEAL_WEIGHTS)] ?? DEALS[0];
  const sectors = pickers.sectors(random, 2);
  const [lead] = sectors;
  if (!deal || !lead) throw new Error("the deal or sector vocabulary is empty");
  const phrase = companies.length > 1 ? deal.many : deal.one;
  return {
    id,
    date,
    text: `[Synthetic] ${listNames(companies.map((c) => c.name))} ${phrase} in ${lead.nameEn.toLowerCase()}`,
    companies: companies.map((c) => c.id),
    dealKind: deal.kind,
    sectors: sectors.map((s) => s.id),
    sources: SOURCES,
  };
}
