import type { Dataset } from "../../src/data/model";
import {
  aggregateTargetsBySector,
  toSectorChartRows,
} from "../../src/domain/targets/aggregate-targets-by-sector";
import { countTargetFacets, filterTargets } from "../../src/domain/targets/filter-targets";
import { aggregateTargetsByDeadline } from "../../src/domain/targets/target-deadlines";
import { EMPTY_TARGET_FILTERS } from "../../src/domain/targets/targets-view";
import { aggregateTargetsBySectorNaive } from "../baselines/aggregate-targets-naive";
import type { Comparison } from "../compare";
import { formatCount } from "../format";

/** The Targets page's derivations: its charts' aggregation, and the whole set a filter costs. */
export function targetComparisons(dataset: Dataset, issuer: string): Comparison[] {
  const { targets } = dataset;
  const n = formatCount(targets.length);
  const filters = { ...EMPTY_TARGET_FILTERS, issuers: [issuer] };
  return [
    {
      metric: `Aggregate ${n} targets by sector and target year`,
      ours: () => toSectorChartRows(aggregateTargetsBySector(targets, "year")),
      baseline: {
        label: "a filter per sector and year",
        run: () => aggregateTargetsBySectorNaive(targets),
      },
    },
    {
      metric: `Targets page after an issuer filter, ${n} targets: filter, counts, both charts`,
      ours: () => {
        const filtered = filterTargets(targets, filters);
        return [
          countTargetFacets(targets, filters),
          aggregateTargetsBySector(filtered, "issuer", filters.issuers),
          aggregateTargetsByDeadline(filtered, null),
        ];
      },
      note: `issuer ${issuer}`,
    },
  ];
}
