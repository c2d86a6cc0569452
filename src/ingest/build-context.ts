/**
 * What turning parsed drafts into schema records needs: the registries, the annotations, the
 * report, and the ids already given out (ids are unique across a brief).
 */
import type { AnnotationLookup } from "./annotation-lookup";
import type { IngestRegistries } from "./entity-registries";
import type { ReportBuilder } from "./report";
import { uniqueId } from "./slugs";

export interface BuildContext {
  registries: IngestRegistries;
  annotations: AnnotationLookup;
  report: ReportBuilder;
  takenIds: Set<string>;
}

/** The pinned id when the annotations give one, else the derived id; made unique either way. */
export function claimId(
  context: BuildContext,
  pinned: string | undefined,
  derived: string,
  line: number | null,
): string {
  const wanted = pinned ?? derived;
  const id = uniqueId(wanted, context.takenIds);
  if (id !== wanted) context.report.warn(line, `id '${wanted}' is taken; '${id}' is used instead`);
  return id;
}

/** Annotated sectors, and the `annotated` field names they add. */
export function annotatedSectors(sectors: string[] | undefined): {
  sectors: string[];
  annotated: string[];
} {
  return sectors ? { sectors, annotated: ["sectors"] } : { sectors: [], annotated: [] };
}

/**
 * The identity fields an annotation sets on a policy item (stage, links to earlier items), and
 * the `annotated` names they add. Absent fields stay absent, so unannotated output is unchanged.
 */
export function annotatedIdentity(
  annotation:
    | {
        sameAs?: string[];
        familyOf?: string[];
      }
    | undefined,
): { links: { sameAs?: string[]; familyOf?: string[] }; annotated: string[] } {
  const links = {
    ...(annotation?.sameAs ? { sameAs: annotation.sameAs } : {}),
    ...(annotation?.familyOf ? { familyOf: annotation.familyOf } : {}),
  };
  return { links, annotated: Object.keys(links) };
}
