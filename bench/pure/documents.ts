import type { Dataset } from "../../src/data/model";
import { selectBodyProfile } from "../../src/domain/bodies/body-profile";
import { buildDocumentIndex, toDocumentMention } from "../../src/domain/documents/document-index";
import { proposeDocumentMatches } from "../../src/domain/documents/propose-matches";
import { proposeDocumentMatchesNaive } from "../baselines/propose-matches-naive";
import type { Comparison } from "../compare";
import { formatCount } from "../format";

/** The target for matching a new brief against every earlier document. */
const MATCH_BUDGET_MS = 100;

/**
 * Many briefs: matching the latest brief's documents against those of every earlier brief (what
 * the ingest reports), and the derivations of the busiest issuing body's page.
 */
export function documentComparisons(dataset: Dataset, bodyId: string): Comparison[] {
  const [latest] = dataset.briefs;
  const body = dataset.registries.issuingBodies.find((b) => b.id === bodyId);
  if (!latest || !body) throw new Error("the bench dataset has no brief or no such body");
  const incoming = latest.policies.map(toDocumentMention);
  const earlier = dataset.policies
    .filter((policy) => policy.briefId !== latest.id)
    .map(toDocumentMention);
  const documents = buildDocumentIndex(dataset.policies);
  return [
    {
      metric: `Match the latest of ${formatCount(dataset.briefs.length)} briefs (${formatCount(incoming.length)} documents) against ${formatCount(earlier.length)} earlier mentions`,
      ours: () => proposeDocumentMatches(incoming, earlier),
      baseline: {
        label: "every earlier mention compared in turn, keys normalised per pair",
        run: () => proposeDocumentMatchesNaive(incoming, earlier),
      },
      budget: MATCH_BUDGET_MS,
    },
    {
      metric: `Body page data, ${body.acronym} over ${formatCount(dataset.briefs.length)} briefs: profile by month`,
      ours: () => selectBodyProfile(dataset, documents, body, "month"),
      baseline: {
        label: "document index rebuilt for each visit",
        run: () => selectBodyProfile(dataset, buildDocumentIndex(dataset.policies), body, "month"),
      },
    },
  ];
}
