import type { IssuingBody, Sector } from "@/data/model";
import { formatIsoDate } from "@/core/calendar-date";
import { ITEM_KINDS, type ItemKind } from "@/core/item-kinds";
import type { PolicyFilter } from "@/domain/timeline/timeline-filters";

/** Names for the ids a filter holds. */
export interface FilterLookup {
  bodies: ReadonlyMap<string, IssuingBody>;
  sectors: ReadonlyMap<string, Sector>;
}

/** One active filter as a removable chip: what it says and the filter without it. */
export interface FilterPart {
  key: string;
  label: string;
  without: PolicyFilter;
}

/** "Top 5 only", "Policy documents only". */
function kindOnly(kind: ItemKind): string {
  return `${ITEM_KINDS[kind].plural} only`;
}

function joinNames(names: readonly string[], word: "or" | "and"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${word} ${names[names.length - 1] ?? ""}`;
}

/** The active filters, one part per value, in the order the filter panel shows them. */
export function toFilterParts(filter: PolicyFilter, lookup: FilterLookup): FilterPart[] {
  const parts: FilterPart[] = filter.issuers.map((id) => ({
    key: `issuer:${id}`,
    label: lookup.bodies.get(id)?.acronym ?? id,
    without: { ...filter, issuers: filter.issuers.filter((other) => other !== id) },
  }));
  if (filter.match === "all" && filter.issuers.length > 1) {
    parts.push({ key: "match", label: "Issued jointly", without: { ...filter, match: "any" } });
  }
  if (filter.leadOnly) {
    parts.push({ key: "lead", label: "Lead issuer only", without: { ...filter, leadOnly: false } });
  }
  for (const id of filter.sectors) {
    parts.push({
      key: `sector:${id}`,
      label: lookup.sectors.get(id)?.nameEn ?? id,
      without: { ...filter, sectors: filter.sectors.filter((other) => other !== id) },
    });
  }
  if (filter.kind) {
    parts.push({
      key: "kind",
      label: kindOnly(filter.kind),
      without: { ...filter, kind: null },
    });
  }
  if (filter.from) {
    const label = `From ${formatIsoDate(filter.from, "short")}`;
    parts.push({ key: "from", label, without: { ...filter, from: null } });
  }
  if (filter.to) {
    const label = `Until ${formatIsoDate(filter.to, "short")}`;
    parts.push({ key: "to", label, without: { ...filter, to: null } });
  }
  if (filter.text.trim()) {
    const label = `Text: “${filter.text.trim()}”`;
    parts.push({ key: "text", label, without: { ...filter, text: "" } });
  }
  return parts;
}

/** The filters in words, for chart subtitles and exports: "Issued by MIIT or NEA · Top 5 only". */
export function describePolicyFilter(filter: PolicyFilter, lookup: FilterLookup): string {
  const acronyms = filter.issuers.map((id) => lookup.bodies.get(id)?.acronym ?? id);
  const words: string[] = [];
  if (acronyms.length > 0) {
    if (filter.leadOnly) words.push(`Led by ${joinNames(acronyms, "or")}`);
    else if (filter.match === "all") words.push(`Issued jointly by ${joinNames(acronyms, "and")}`);
    else words.push(`Issued by ${joinNames(acronyms, "or")}`);
  } else if (filter.leadOnly) {
    words.push("Lead issuers only");
  }
  if (filter.sectors.length > 0) {
    const names = filter.sectors.map((id) => lookup.sectors.get(id)?.nameEn ?? id);
    words.push(`${names.length > 1 ? "Sectors" : "Sector"}: ${names.join(", ")}`);
  }
  if (filter.kind) words.push(kindOnly(filter.kind));
  if (filter.from && filter.to) {
    words.push(`${formatIsoDate(filter.from, "short")} – ${formatIsoDate(filter.to, "short")}`);
  } else if (filter.from) words.push(`From ${formatIsoDate(filter.from, "short")}`);
  else if (filter.to) words.push(`Until ${formatIsoDate(filter.to, "short")}`);
  if (filter.text.trim()) words.push(`Matching “${filter.text.trim()}”`);
  return words.length > 0 ? words.join(" · ") : "All policies";
}

/** A short slug of the filters for export file names ("miit-nea-top5"); empty when unfiltered. */
export function toFilterSlug(filter: PolicyFilter): string {
  return [...filter.issuers, ...filter.sectors, filter.kind ?? ""]
    .filter(Boolean)
    .join("-")
    .slice(0, 60)
    .replace(/-+$/, "");
}
