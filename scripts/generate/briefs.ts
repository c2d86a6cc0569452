import type { z } from "zod";
import type { BriefSchema } from "../../src/data/schema";
import { ordinalToIso, toOrdinal } from "../../src/core/calendar-date";
import { generateCorporateNewsItem } from "./corporate-news";
import type { Pickers } from "./pickers";
import { generatePolicyNewsItem, generateTop5Item } from "./policies";
import type { Random } from "./random";

export type BriefInput = z.input<typeof BriefSchema>;

export interface BriefPlan {
  seed: number;
  briefs: number;
  policies: number;
  news: number;
}

/** The first synthetic brief covers January 2015; one brief a month follows. */
const FIRST_YEAR = 2015;
/** Share of policy news dated to the month only, as some real documents are. */
const MONTH_PRECISION_SHARE = 0.03;
const AUTHORS = Array.from({ length: 6 }, (_, at) => ({
  name: `Synthetic Author ${at + 1}`,
  role: "Synthetic analyst",
}));
const EDITORS = [{ name: "Synthetic Editor", role: "Synthetic editor" }];

/**
 * Monthly briefs holding the requested numbers of policies and corporate news items, spread
 * evenly. Ids run through the whole dataset (sp-00001, sn-000001) so none clashes across briefs.
 */
export function generateBriefs(random: Random, pickers: Pickers, plan: BriefPlan): BriefInput[] {
  const policyWidth = Math.max(5, String(plan.policies).length);
  const newsWidth = Math.max(6, String(plan.news).length);
  let policyNumber = 0;
  let newsNumber = 0;
  return Array.from({ length: plan.briefs }, (_, at) => {
    const year = FIRST_YEAR + Math.floor(at / 12);
    const month = (at % 12) + 1;
    const start = toOrdinal(year, month - 1, 25);
    const end = toOrdinal(year, month, 24);
    const dayIn = () => ordinalToIso(random.int(start, end));
    const byDate = (count: number) => Array.from({ length: count }, dayIn).sort();
    const policyCount = shareOf(plan.policies, plan.briefs, at);
    const top5Count = Math.min(5, policyCount);
    const nextPolicy = () => `sp-${String((policyNumber += 1)).padStart(policyWidth, "0")}`;
    const top5 = byDate(top5Count).map((date, rank) =>
      generateTop5Item(random, pickers, { id: nextPolicy(), date, year }, rank + 1),
    );
    const policyNews = byDate(policyCount - top5Count).map((date) =>
      generatePolicyNewsItem(random, pickers, {
        id: nextPolicy(),
        date: random.chance(MONTH_PRECISION_SHARE) ? date.slice(0, 7) : date,
        year,
      }),
    );
    const corporateNews = byDate(shareOf(plan.news, plan.briefs, at)).map((date) =>
      generateCorporateNewsItem(
        random,
        pickers,
        `sn-${String((newsNumber += 1)).padStart(newsWidth, "0")}`,
        date,
      ),
    );
    const id = `synthetic-${ordinalToIso(end).slice(0, 7)}`;
    return {
      id,
      series: `Synthetic China Industries (generated, seed ${plan.seed})`,
      publishedOn: ordinalToIso(toOrdinal(year, month + 1, random.int(1, 7))),
      reportingPeriod: { start: ordinalToIso(start), end: ordinalToIso(end) },
      authors: [random.pick(AUTHORS)],
      editors: EDITORS,
      top5: top5.map((p) => p.item),
      policyNews: policyNews.map((p) => p.item),
      corporateNews,
      targets: [...top5, ...policyNews].flatMap((p) => p.targets),
    };
  });
}

/** The `at`-th of `parts` near-equal shares of `total`; the first shares take the remainder. */
export function shareOf(total: number, parts: number, at: number): number {
  return Math.floor(total / parts) + (at < total % parts ? 1 : 0);
}
