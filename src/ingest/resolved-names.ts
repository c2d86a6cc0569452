/**
 * Printed names an annotation resolves to a registry entry ("resolvesTo"): each becomes one more
 * name of that entry for this reading, so the text finds the entry instead of an unknown name.
 */
import type { Annotations } from "./annotations";
import type { IngestRegistries } from "./entity-registries";
import type { ReportBuilder } from "./report";

/** The registries with every resolved name added as an alias; an unknown id is reported. */
export function withResolvedNames(
  registries: IngestRegistries,
  annotations: Annotations,
  report: ReportBuilder,
): IngestRegistries {
  const resolve = <T extends { id: string; aliases: string[] }>(
    records: T[],
    entries: { name: string; resolvesTo?: string | undefined }[],
    registry: string,
  ): T[] => {
    const aliases = new Map<string, string[]>();
    for (const { name, resolvesTo } of entries) {
      if (resolvesTo === undefined) continue;
      if (!records.some((record) => record.id === resolvesTo)) {
        report.warn(
          null,
          `annotation resolves '${name}' to '${resolvesTo}', which is not in the ${registry} registry`,
        );
        continue;
      }
      aliases.set(resolvesTo, [...(aliases.get(resolvesTo) ?? []), name]);
    }
    // Unchanged registries stay the same arrays: compiled name patterns are cached by identity.
    if (aliases.size === 0) return records;
    return records.map((record) => {
      const added = aliases.get(record.id);
      return added ? { ...record, aliases: [...record.aliases, ...added] } : record;
    });
  };
  return {
    ...registries,
    issuingBodies: resolve(registries.issuingBodies, annotations.issuingBodies, "issuing-bodies"),
    companies: resolve(registries.companies, annotations.companies, "companies"),
  };
}
