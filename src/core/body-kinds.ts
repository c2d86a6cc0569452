/** Kinds of issuing body, in the order forms and filters list them. */
export const ISSUING_BODY_KINDS = [
  "ministry",
  "commission",
  "administration",
  "bank",
  "party-organ",
  "state-council",
] as const;

export type IssuingBodyKind = (typeof ISSUING_BODY_KINDS)[number];

/** How each kind of body reads in cards, profiles and forms. */
export const BODY_KIND_LABELS: Readonly<Record<IssuingBodyKind, string>> = {
  ministry: "Ministry",
  commission: "Commission",
  administration: "Administration",
  bank: "Central bank",
  "party-organ": "Party organ",
  "state-council": "State Council",
};
