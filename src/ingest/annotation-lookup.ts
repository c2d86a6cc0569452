/**
 * Finds the annotation for each parsed item (Top 5 by rank, news by the start of its text,
 * targets by id) and remembers which entries were used, so that an entry matching nothing
 * is reported instead of silently ignored.
 */
import type { Annotations } from "./annotations";

type Entry<K extends keyof Annotations> = Annotations[K] extends (infer T)[] ? T : never;

export interface AnnotationLookup {
  top5(rank: number): Entry<"top5"> | undefined;
  policyNews(text: string): Entry<"policyNews"> | undefined;
  corporateNews(text: string): Entry<"corporateNews"> | undefined;
  target(id: string): Entry<"targets"> | undefined;
  company(name: string): Entry<"companies"> | undefined;
  issuer(name: string): Entry<"issuingBodies"> | undefined;
  /** Entries that matched no item, described for the report. */
  unused(): string[];
}

export function createAnnotationLookup(annotations: Annotations): AnnotationLookup {
  const used = new Set<object>();
  const take = <T extends object>(entry: T | undefined): T | undefined => {
    if (entry) used.add(entry);
    return entry;
  };
  const byText = <T extends { match: string }>(list: T[], text: string) =>
    take(list.find((entry) => text.startsWith(entry.match)));
  return {
    top5: (rank) => take(annotations.top5.find((entry) => entry.rank === rank)),
    policyNews: (text) => byText(annotations.policyNews, text),
    corporateNews: (text) => byText(annotations.corporateNews, text),
    target: (id) => take(annotations.targets.find((entry) => entry.id === id)),
    company: (name) => take(annotations.companies.find((entry) => entry.name === name)),
    issuer: (name) => take(annotations.issuingBodies.find((entry) => entry.name === name)),
    unused: () => [
      ...annotations.top5.filter((e) => !used.has(e)).map((e) => `top5 rank ${e.rank}`),
      ...annotations.policyNews.filter((e) => !used.has(e)).map((e) => `policyNews '${e.match}'`),
      ...annotations.corporateNews
        .filter((e) => !used.has(e))
        .map((e) => `corporateNews '${e.match}'`),
      ...annotations.targets.filter((e) => !used.has(e)).map((e) => `target '${e.id}'`),
    ],
  };
}
