/**
 * Orders ASCII text (ids, slugs, ISO dates, acronyms) by code unit. For such text it is the
 * order localeCompare gives, and far faster: sorting ten thousand policies by date and id with
 * localeCompare took hundreds of milliseconds.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
