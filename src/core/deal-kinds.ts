/** Kinds of corporate deal, in the order filters and charts list them. */
export const DEAL_KINDS = [
  "joint-venture",
  "agreement",
  "order",
  "factory",
  "investment",
  "acquisition",
  "product",
  "other",
] as const;

export type DealKind = (typeof DEAL_KINDS)[number];

/** How each kind of deal reads in lists, filters and charts. */
export const DEAL_KIND_LABELS: Readonly<Record<DealKind, string>> = {
  "joint-venture": "Joint venture",
  agreement: "Agreement",
  order: "Order",
  factory: "Factory",
  investment: "Investment",
  acquisition: "Acquisition",
  product: "Product",
  other: "Other",
};

export function isDealKind(value: string): value is DealKind {
  return DEAL_KINDS.some((kind) => kind === value);
}
