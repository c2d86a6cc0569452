/**
 * The derived-data layer: every structure the pages build from the whole dataset (indexes, lanes,
 * lookups, facet values), built once per dataset on first read and shared by every page that
 * reads it, so leaving a page and coming back, or two pages needing the same index, builds nothing
 * again. A new load is a new dataset object, so identity is the cache key (`memoByIdentity`).
 * Pure functions of the dataset: the same selectors can run in a worker. Per-filter results are
 * kept by `memoByQuery` beside the filter that derives them (e.g. `selectFilteredPolicies`).
 */
import { memoByIdentity, memoByQuery } from "@/core/memo-by-identity";
import type { Dataset } from "@/data/model";
import { describeSources } from "@/domain/source-line";
import { buildDocumentIndex } from "@/domain/documents/document-index";
import { buildNewsIndex } from "@/domain/news/news-index";
import type { FilterLookup } from "@/domain/timeline/describe-filters";
import { filterPolicies } from "@/domain/timeline/filter-policies";
import { indexLanes, policyExtent } from "@/domain/timeline/lanes";
import { sortPolicies } from "@/domain/timeline/sort-policies";
import { toPolicyFilterSearchParams, type PolicyFilter } from "@/domain/timeline/timeline-filters";

/**
 * The policies oldest first. Filtering keeps order, so every later sort (lanes, table rows) gets
 * already ordered input, the cheap case.
 */
export const selectPoliciesByDate = memoByIdentity((dataset: Dataset) =>
  sortPolicies(dataset.policies, "date-asc"),
);

/** The timeline's lanes of every policy, which each filter change picks from. */
export const selectLaneIndex = memoByIdentity((dataset: Dataset) =>
  indexLanes(selectPoliciesByDate(dataset)),
);

/** The days every policy covers: the bounds of zooming and panning; null without policies. */
export const selectPolicyExtent = memoByIdentity((dataset: Dataset) =>
  policyExtent(dataset.policies),
);

/** Documents and families of the policy items (see `buildDocumentIndex`). */
export const selectDocumentIndex = memoByIdentity((dataset: Dataset) =>
  buildDocumentIndex(dataset.policies),
);

/** The corporate-news index: news page, company pages and their facets. */
export const selectNewsIndex = memoByIdentity((dataset: Dataset) =>
  buildNewsIndex(dataset.corporateNews, dataset.registries),
);

export const selectPolicyById = memoByIdentity(
  (dataset: Dataset) => new Map(dataset.policies.map((policy) => [policy.id, policy])),
);

/** Issuing bodies and sectors by id, as the filters' descriptions name them. */
export const selectFilterLookup = memoByIdentity((dataset: Dataset): FilterLookup => ({
  bodies: new Map(dataset.registries.issuingBodies.map((body) => [body.id, body])),
  sectors: new Map(dataset.registries.sectors.map((sector) => [sector.id, sector])),
}));

/** The issuing bodies, sectors and kinds at least one policy has: the values a filter can offer. */
export const selectPolicyFacetValues = memoByIdentity((dataset: Dataset) => ({
  issuers: new Set(dataset.policies.flatMap((p) => p.issuingBodies.map((body) => body.id))),
  sectors: new Set(dataset.policies.flatMap((p) => p.sectors.map((sector) => sector.id))),
  kinds: new Set(dataset.policies.map((p) => p.kind)),
}));

/** Each brief's source line ("Batke, 3 May 2023"), by brief id. */
export const selectBriefSourceLines = memoByIdentity(
  (dataset: Dataset) =>
    new Map(dataset.briefs.map((brief) => [brief.id, describeSources([brief])])),
);

/**
 * The policies (oldest first) matching a filter, with the facet counts under it: a filter the
 * user returns to (deselecting a ministry) is the same result object, so nothing drawn from it
 * is recomputed.
 */
export const selectFilteredPolicies = memoByQuery(
  (dataset: Dataset, filter: PolicyFilter) => filterPolicies(selectPoliciesByDate(dataset), filter),
  (filter) => toPolicyFilterSearchParams(filter).toString(),
);
