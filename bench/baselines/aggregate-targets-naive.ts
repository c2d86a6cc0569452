import type { Target } from "../../src/data/model";
import type { SectorChartRow } from "../../src/domain/targets/aggregate-targets-by-sector";
import { compareTargetYearKeys, toTargetYearKey } from "../../src/domain/targets/target-year";

/**
 * The baseline `aggregateTargetsBySector(targets, "year")` is measured against: a nested
 * `filter` per sector and per target year, as a first version would count a stacked bar chart.
 * Same rows as `toSectorChartRows` of the real aggregation.
 */
export function aggregateTargetsBySectorNaive(targets: readonly Target[]): SectorChartRow[] {
  const years = [...new Set(targets.map(toTargetYearKey))].sort(compareTargetYearKeys);
  const sectors = [...new Map(targets.map((target) => [target.sector.id, target.sector])).values()];
  return sectors
    .map((sector) => {
      const inSector = targets.filter((target) => target.sector.id === sector.id);
      return {
        sector,
        row: {
          sectorId: sector.id,
          total: inSector.length,
          values: Object.fromEntries(
            years.map((year) => [
              year,
              inSector.filter((target) => toTargetYearKey(target) === year).length,
            ]),
          ),
        },
      };
    })
    .sort((a, b) => b.row.total - a.row.total || a.sector.nameEn.localeCompare(b.sector.nameEn))
    .map(({ row }) => row);
}
