import type { IssuingBody, Sector, Target, TargetQuantity } from "@/data/model";

/** Test data builders: small, deterministic records with only what a test names overridden. */
export function buildIssuer(id: string): IssuingBody {
  const acronym = id.toUpperCase();
  return {
    id,
    acronym,
    nameEn: `${acronym} ministry`,
    nameZh: `${acronym}部`,
    aliases: [],
    kind: "ministry",
  };
}

export function buildSector(id: string): Sector {
  const nameEn = id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, " ");
  return { id, nameEn, nameZh: `${nameEn}行业` };
}

export function buildTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: "t1",
    briefId: "brief-1",
    policyId: "policy-1",
    text: "Achieve breakthroughs",
    sector: buildSector("energy"),
    targetYear: 2025,
    targetYearBasis: "horizon",
    quantities: [],
    timeLimit: null,
    issuingBodies: [buildIssuer("miit")],
    annotated: [],
    added: null,
    ...overrides,
  };
}

export function buildQuantity(overrides: Partial<TargetQuantity> = {}): TargetQuantity {
  return {
    metric: null,
    isMetricAnnotated: false,
    value: 10,
    unit: "percent",
    direction: "reach",
    qualifier: null,
    baselineYear: null,
    ...overrides,
  };
}
