import { XAxis, YAxis, type TooltipContentProps } from "recharts";
import { BarPlot, valueAxisProps } from "@/components/charts/bar-plot";
import { issuerRoleBars } from "@/components/charts/issuer-role-bars";
import { ISSUER_ROLE_STYLES } from "@/components/charts/chart-palette";
import { AXIS_TICK, TICK_FONT_SIZE } from "@/components/charts/chart-tokens";
import { ChartTooltipCard } from "@/components/charts/tooltip-card";
import type { IssuerPolicyCount } from "@/domain/briefs/policies-by-issuer";
import { estimateTextWidth } from "@/domain/targets/layout-axis-labels";
import { countText } from "@/lib/count-text";
import { PLOT_MARGIN, plotHeight } from "@/features/briefs/policies-by-issuer-layout";

const { lead: LEAD, coIssuer: CO_ISSUER } = ISSUER_ROLE_STYLES;
const policies = (count: number) => countText(count, "policy", "policies");

/** One bar per issuing body, acronym on the axis, lead and co-issued policies stacked. */
export function PoliciesByIssuerPlot({
  rows,
  title,
  width,
}: {
  rows: readonly IssuerPolicyCount[];
  title: string;
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width: number;
}) {
  const data = rows.map((row) => ({
    id: row.body.id,
    acronym: row.body.acronym,
    lead: row.lead,
    coIssuer: row.coIssuer,
  }));
  const byId = new Map(rows.map((row) => [row.body.id, row]));
  const axisWidth =
    Math.max(...rows.map((row) => estimateTextWidth(row.body.acronym, TICK_FONT_SIZE))) + 12;
  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = byId.get(String(label));
    if (!active || !row) return null;
    return (
      <ChartTooltipCard
        title={`${row.body.acronym}: ${row.body.nameEn}`}
        lines={[
          `${LEAD.label}: ${row.lead}`,
          `${CO_ISSUER.label}: ${row.coIssuer}`,
          `All: ${policies(row.total)}`,
        ]}
      />
    );
  };
  return (
    <BarPlot
      data={data}
      layout="horizontal-bars"
      height={plotHeight(rows.length)}
      width={width}
      margin={PLOT_MARGIN}
      title={title}
      desc={rows
        .map((row) => `${row.body.acronym}: ${row.lead} as lead, ${row.coIssuer} as co-issuer`)
        .join("; ")}
      barCategoryGap="25%"
      tooltip={renderTooltip}
    >
      <XAxis {...valueAxisProps("horizontal-bars", "Number of policies")} />
      <YAxis
        type="category"
        dataKey="id"
        width={axisWidth}
        interval={0}
        tick={AXIS_TICK}
        tickLine={false}
        tickFormatter={(id: string) => byId.get(id)?.body.acronym ?? id}
      />
      {issuerRoleBars()}
    </BarPlot>
  );
}
