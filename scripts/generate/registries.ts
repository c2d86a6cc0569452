import type { z } from "zod";
import type { IssuingBodyKind } from "../../src/core/body-kinds";
import type { CompanySchema, CountryFile, IssuingBodySchema } from "../../src/data/schema";
import { cumulative, zipfWeights, type Random } from "./random";

export type IssuingBodyInput = z.input<typeof IssuingBodySchema>;
export type CompanyInput = z.input<typeof CompanySchema>;

/** About forty bodies issue the documents in the briefs; the mix of kinds follows the real one. */
const BODY_KINDS: readonly { kind: IssuingBodyKind; count: number; en: string; zh: string }[] = [
  { kind: "ministry", count: 20, en: "Ministry", zh: "部" },
  { kind: "administration", count: 9, en: "Administration", zh: "局" },
  { kind: "commission", count: 5, en: "Commission", zh: "委员会" },
  { kind: "bank", count: 2, en: "Bank", zh: "银行" },
  { kind: "party-organ", count: 2, en: "Party Organ", zh: "党的机关" },
  { kind: "state-council", count: 2, en: "State Council Office", zh: "国务院机构" },
];

/** Bodies that tend to co-issue documents together (as ministries of one policy area do). */
export const ISSUER_CLUSTERS = 8;

/**
 * Forty synthetic issuing bodies such as "Synthetic Ministry 07" (SM07): the names say they are
 * synthetic, so no generated policy can pass for one issued by a real ministry.
 */
export function generateIssuingBodies(): IssuingBodyInput[] {
  let number = 0;
  return BODY_KINDS.flatMap(({ kind, count, en, zh }) =>
    Array.from({ length: count }, () => {
      number += 1;
      const nn = String(number).padStart(2, "0");
      const acronym = `S${en.charAt(0)}${nn}`;
      return {
        id: `${acronym.toLowerCase().slice(0, 2)}-${nn}`,
        acronym,
        nameEn: `Synthetic ${en} ${nn}`,
        nameZh: `合成${zh}${nn}`,
        kind,
      };
    }),
  );
}

/** Share of companies based in China (the first country of the vocabulary). */
const CHINESE_COMPANY_SHARE = 0.4;

/** Synthetic companies "Synthetic Co. 0421", most in China, the rest skewed over the countries. */
export function generateCompanies(
  random: Random,
  count: number,
  countries: readonly CountryFile[],
): CompanyInput[] {
  const width = Math.max(4, String(count).length);
  const foreign = cumulative(zipfWeights(countries.length - 1, 1));
  return Array.from({ length: count }, (_, at) => {
    const number = String(at + 1).padStart(width, "0");
    const isChinese = countries.length === 1 || random.chance(CHINESE_COMPANY_SHARE);
    const country = isChinese ? countries[0] : countries[1 + random.weightedIndex(foreign)];
    if (!country) throw new Error("no country for a company");
    return {
      id: `co-${number}`,
      name: `Synthetic Co. ${number}`,
      ...(isChinese ? { nameZh: `合成公司${number}` } : {}),
      country: country.code,
    };
  });
}
