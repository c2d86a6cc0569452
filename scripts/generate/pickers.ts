import type { SectorFile } from "../../src/data/schema";
import { cumulative, zipfWeights, type Random } from "./random";
import { ISSUER_CLUSTERS, type CompanyInput, type IssuingBodyInput } from "./registries";

/** The registries with the popularity that makes the data skewed like real briefs. */
export interface Pickers {
  issuers(random: Random): IssuingBodyInput[];
  sectors(random: Random, max: number): SectorFile[];
  /** Companies named by one news item, distinct; `crossBorder` pairs a Chinese and a foreign one. */
  companies(random: Random, count: number, crossBorder: boolean): CompanyInput[];
}

/** How many bodies issue a document: mostly one, some two or three, a few five to eight. */
const ISSUER_COUNTS = cumulative([68, 15, 9, 3, 1.5, 1.5, 1, 1]);
/** Chance that a co-issuer comes from the lead issuer's policy area. */
const SAME_CLUSTER_SHARE = 0.6;

export function createPickers(
  bodies: readonly IssuingBodyInput[],
  sectors: readonly SectorFile[],
  companies: readonly CompanyInput[],
  homeCountry: string,
): Pickers {
  const bodyWeights = cumulative(zipfWeights(bodies.length, 1.1));
  const sectorWeights = cumulative(zipfWeights(sectors.length, 0.7));
  const companyWeights = zipfWeights(companies.length, 0.8);
  const all = pool(
    companies.map((_, at) => at),
    companyWeights,
  );
  const home = pool(
    companies.flatMap((c, at) => (c.country === homeCountry ? [at] : [])),
    companyWeights,
  );
  const abroad = pool(
    companies.flatMap((c, at) => (c.country === homeCountry ? [] : [at])),
    companyWeights,
  );

  const distinct = <T>(count: number, draw: (taken: number) => T): T[] => {
    const chosen: T[] = [];
    // Bounded retries: with a small registry a duplicate draw is skipped rather than looping.
    for (let tries = 0; chosen.length < count && tries < count * 20; tries += 1) {
      const item = draw(chosen.length);
      if (!chosen.includes(item)) chosen.push(item);
    }
    return chosen;
  };

  return {
    issuers(random) {
      const count = Math.min(bodies.length, random.weightedIndex(ISSUER_COUNTS) + 1);
      const lead = random.weightedIndex(bodyWeights);
      const indexes = distinct(count, (taken) => {
        if (taken === 0) return lead;
        if (!random.chance(SAME_CLUSTER_SHARE)) return random.weightedIndex(bodyWeights);
        const sameCluster = lead % ISSUER_CLUSTERS;
        const slots = Math.ceil((bodies.length - sameCluster) / ISSUER_CLUSTERS);
        return sameCluster + ISSUER_CLUSTERS * random.int(0, slots - 1);
      });
      return indexes.flatMap((at) => bodies[at] ?? []);
    },
    sectors(random, max) {
      const count = Math.min(max, random.chance(0.25) ? 2 : 1);
      return distinct(count, () => random.weightedIndex(sectorWeights)).flatMap(
        (at) => sectors[at] ?? [],
      );
    },
    companies(random, count, crossBorder) {
      const useBorders = crossBorder && home.members.length > 0 && abroad.members.length > 0;
      const indexes = distinct(count, (taken) => {
        if (useBorders && taken === 0) return draw(random, home);
        if (useBorders && taken === 1) return draw(random, abroad);
        return draw(random, all);
      });
      return indexes.flatMap((at) => companies[at] ?? []);
    },
  };
}

interface Pool {
  members: number[];
  weights: number[];
}

function pool(members: number[], weights: readonly number[]): Pool {
  return { members, weights: cumulative(members.map((at) => weights[at] ?? 0)) };
}

function draw(random: Random, from: Pool): number {
  return from.members[random.weightedIndex(from.weights)] ?? 0;
}
