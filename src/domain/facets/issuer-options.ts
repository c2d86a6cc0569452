import type { IssuingBody } from "@/data/model";
import type { FacetOption } from "@/domain/facets/match-facet-options";

/** Issuing bodies as facet options that answer to acronym, English and Chinese names and aliases. */
export function toIssuerFacetOptions(
  bodies: readonly IssuingBody[],
  countById: ReadonlyMap<string, number>,
  occurring: ReadonlySet<string>,
): FacetOption[] {
  return bodies.map((body) => ({
    value: body.id,
    label: body.acronym,
    description: body.nameEn,
    descriptionZh: body.nameZh,
    keywords: [body.acronym, body.nameEn, body.nameZh, ...body.aliases],
    count: countById.get(body.id) ?? 0,
    occurs: occurring.has(body.id),
  }));
}
