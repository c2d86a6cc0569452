import { DEAL_KINDS, type DealKind } from "@/data/schema";

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
