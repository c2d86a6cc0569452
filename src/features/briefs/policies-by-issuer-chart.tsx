import { ChartEmpty } from "@/components/charts/chart-empty";
import { useMemo } from "react";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import { ISSUER_ROLE_STYLES } from "@/components/charts/chart-palette";
import { DeferredPart } from "@/components/deferred/deferred-part";
import type { ChartSpec } from "@/core/chart-spec";
import type { Brief } from "@/data/model";
import { countPoliciesByIssuer } from "@/domain/briefs/policies-by-issuer";
import { describeSources } from "@/domain/source-line";
import { countText } from "@/lib/count-text";
import { plotHeight } from "@/features/briefs/policies-by-issuer-layout";

// The plot, Recharts and all, is a module of its own: the overview shows without it.
const loadPlot = () => import("@/features/briefs/policies-by-issuer-plot");

const TITLE = "Policies by issuing body";
const { lead: LEAD, coIssuer: CO_ISSUER } = ISSUER_ROLE_STYLES;

/** A brief's policies per issuing body, as lead issuer and as co-issuer: the overview's chart. */
export function PoliciesByIssuerChart({ brief }: { brief: Brief }) {
  const rows = useMemo(() => countPoliciesByIssuer(brief.policies), [brief.policies]);
  const spec: ChartSpec = {
    name: "policies-by-issuing-body",
    title: TITLE,
    subtitle: `${countText(brief.policies.length, "policy", "policies")} of the brief · a co-issued policy counts for each of its bodies`,
    source: describeSources([brief]),
    legend: [LEAD, CO_ISSUER],
    table: {
      columns: [
        { key: "body", label: "Issuing body" },
        { key: "nameEn", label: "Name" },
        { key: "lead", label: LEAD.label, numeric: true },
        { key: "coIssuer", label: CO_ISSUER.label, numeric: true },
        { key: "total", label: "All policies", numeric: true },
      ],
      rows: rows.map((row) => ({
        body: row.body.acronym,
        nameEn: row.body.nameEn,
        lead: row.lead,
        coIssuer: row.coIssuer,
        total: row.total,
      })),
    },
  };
  const height = plotHeight(rows.length);
  return (
    <ChartFigure spec={spec}>
      {rows.length === 0 ? (
        <ChartEmpty>No policies to count.</ChartEmpty>
      ) : (
        <DeferredPart height={height} load={loadPlot}>
          {({ PoliciesByIssuerPlot }, width) => (
            <PoliciesByIssuerPlot rows={rows} title={TITLE} width={width} />
          )}
        </DeferredPart>
      )}
    </ChartFigure>
  );
}
