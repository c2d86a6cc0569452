import type { Sector } from "@/data/model";
import type { FacetOption } from "@/domain/facets/match-facet-options";

/** Sectors as facet options that answer to their English and Chinese names. */
export function toSectorFacetOptions(
  sectors: readonly Sector[],
  countById: ReadonlyMap<string, number>,
  occurring: ReadonlySet<string>,
): FacetOption[] {
  return sectors.map((sector) => ({
    value: sector.id,
    label: sector.nameEn,
    descriptionZh: sector.nameZh,
    keywords: [sector.nameEn, sector.nameZh, sector.id],
    count: countById.get(sector.id) ?? 0,
    occurs: occurring.has(sector.id),
  }));
}
