/**
 * The dataset crosses from the data worker to the page in parts: the page's thread reads each
 * message in one go (structured clone), and 100,000 items in one message took it for over a
 * second. Parts of a few thousand records keep each read short, so the page answers input
 * between them. A clone keeps shared references only within one message: the page points every
 * record back at the one registry record it names, as the worker's dataset did.
 */
import {
  datasetOf,
  type Brief,
  type Company,
  type CorporateNews,
  type Country,
  type DataProblem,
  type Dataset,
  type IssuingBody,
  type Policy,
  type Registries,
  type Sector,
  type Target,
} from "@/data/model";

/** Records per part: each takes 15–30 ms of the page's thread to read and relink on a 2-core machine. */
export const PART_RECORDS = 1000;

type BriefFields = Omit<Brief, "policies" | "corporateNews" | "targets">;

/** One message's worth of the dataset. */
export type DatasetPart =
  | { type: "registries"; registries: Registries }
  /** Records of a brief, in order; `fields` only with the brief's first part. */
  | {
      type: "records";
      fields: BriefFields | null;
      policies: Policy[];
      targets: Target[];
      corporateNews: CorporateNews[];
    };

/** What comes after the parts: the dataset's remaining fields. */
export interface DatasetEnd {
  synthetic: boolean;
  problems: DataProblem[];
}

/** The dataset as parts to post, registries first, each brief's records in order. */
export function* datasetParts(dataset: Dataset, size = PART_RECORDS): Generator<DatasetPart> {
  yield { type: "registries", registries: dataset.registries };
  for (const { policies, targets, corporateNews, ...fields } of dataset.briefs) {
    const lists = { policies, targets, corporateNews };
    let first = true;
    const offsets = { policies: 0, targets: 0, corporateNews: 0 };
    do {
      let room = size;
      const take = <K extends keyof typeof lists>(list: K) => {
        const from = offsets[list];
        const taken = lists[list].slice(from, from + room);
        offsets[list] += taken.length;
        room -= taken.length;
        return taken as (typeof lists)[K];
      };
      yield {
        type: "records",
        fields: first ? fields : null,
        policies: take("policies"),
        targets: take("targets"),
        corporateNews: take("corporateNews"),
      };
      first = false;
    } while (
      offsets.policies < policies.length ||
      offsets.targets < targets.length ||
      offsets.corporateNews < corporateNews.length
    );
  }
}

/** Points each record at the registries' own records, by id (or code for a country). */
function relinker(registries: Registries) {
  const byKey = <T>(records: readonly T[], key: (record: T) => string) => {
    const map = new Map(records.map((record) => [key(record), record]));
    return (record: T): T => map.get(key(record)) ?? record;
  };
  const body = byKey<IssuingBody>(registries.issuingBodies, (b) => b.id);
  const sector = byKey<Sector>(registries.sectors, (s) => s.id);
  const company = byKey<Company>(registries.companies, (c) => c.id);
  const country = byKey<Country>(registries.countries, (c) => c.code);
  return {
    policy: (policy: Policy) => {
      policy.issuingBodies = policy.issuingBodies.map(body);
      policy.sectors = policy.sectors.map(sector);
    },
    target: (target: Target) => {
      target.issuingBodies = target.issuingBodies.map(body);
      target.sector = sector(target.sector);
    },
    news: (news: CorporateNews) => {
      news.companies = news.companies.map(company);
      news.sectors = news.sectors.map(sector);
      if (news.location) news.location.country = country(news.location.country);
    },
  };
}

/** Builds the dataset again from its parts, in the order they were made. */
export function datasetAssembler() {
  let relink: ReturnType<typeof relinker> | null = null;
  let registries: Registries | null = null;
  const briefs: Brief[] = [];
  return {
    add(part: DatasetPart): void {
      if (part.type === "registries") {
        registries = part.registries;
        relink = relinker(registries);
        return;
      }
      if (!relink) throw new Error("a dataset part came before the registries");
      part.policies.forEach(relink.policy);
      part.targets.forEach(relink.target);
      part.corporateNews.forEach(relink.news);
      const brief: Brief | undefined = part.fields
        ? { ...part.fields, policies: [], targets: [], corporateNews: [] }
        : briefs.at(-1);
      if (!brief) throw new Error("a brief's records came before the brief");
      if (part.fields) briefs.push(brief);
      brief.policies.push(...part.policies);
      brief.targets.push(...part.targets);
      brief.corporateNews.push(...part.corporateNews);
    },
    finish({ synthetic, problems }: DatasetEnd): Dataset {
      if (!registries) throw new Error("the dataset ended before its registries came");
      return datasetOf({ synthetic, briefs, registries, problems });
    },
  };
}
