import { ChartEmpty } from "@/components/charts/chart-empty";
import { XAxis, YAxis } from "recharts";
import { BarPlot, valueAxisProps } from "@/components/charts/bar-plot";
import { issuerRoleBars } from "@/components/charts/issuer-role-bars";
import { ISSUER_ROLE_STYLES } from "@/components/charts/chart-palette";
import { AXIS_TICK } from "@/components/charts/chart-tokens";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/core/chart-spec";
import { ChoiceGroup } from "@/components/ui/choice-group";
import type { IssuingBody } from "@/data/model";
import type {
  BodyPeriodRow,
  BodyYearOnlyRow,
  PeriodGranularity,
} from "@/domain/bodies/body-profile";
import { countText } from "@/lib/count-text";

const { lead: LEAD, coIssuer: CO_ISSUER } = ISSUER_ROLE_STYLES;
const GRANULARITIES: readonly { value: PeriodGranularity; label: string }[] = [
  { value: "month", label: "Month" },
  { value: "quarter", label: "Quarter" },
];

interface BodyDocumentsChartProps {
  body: IssuingBody;
  rows: readonly BodyPeriodRow[];
  /** Documents dated only to a year: listed apart, not drawn in a month or quarter. */
  yearOnly: readonly BodyYearOnlyRow[];
  by: PeriodGranularity;
  source: string;
  onByChange: (by: PeriodGranularity) => void;
}

/** The body's documents per month or quarter, as lead issuer and as co-issuer, stacked. */
export function BodyDocumentsChart({
  body,
  rows,
  yearOnly,
  by,
  source,
  onByChange,
}: BodyDocumentsChartProps) {
  const title = `Documents of ${body.acronym} by ${by}`;
  const spec: ChartSpec = {
    name: `${body.id}-documents-by-${by}`,
    title,
    subtitle: "Lead issuer and co-issuer · a document reported in several briefs counts once",
    source,
    legend: [LEAD, CO_ISSUER],
    table: {
      columns: [
        { key: "label", label: by === "month" ? "Month" : "Quarter" },
        { key: "lead", label: LEAD.label, numeric: true },
        { key: "coIssuer", label: CO_ISSUER.label, numeric: true },
      ],
      rows: [
        ...rows.map((row) => ({ label: row.label, lead: row.lead, coIssuer: row.coIssuer })),
        ...yearOnly.map((row) => ({
          label: `${row.year} (year only)`,
          lead: row.lead,
          coIssuer: row.coIssuer,
        })),
      ],
    },
  };
  const summary = rows
    .filter((row) => row.lead + row.coIssuer > 0)
    .map((row) => `${row.label}: ${row.lead} as lead, ${row.coIssuer} as co-issuer`)
    .join("; ");
  const yearOnlyCount = yearOnly.reduce((sum, row) => sum + row.lead + row.coIssuer, 0);
  return (
    <ChartFigure spec={spec}>
      <ChoiceGroup label="Count by" options={GRANULARITIES} value={by} onChange={onByChange} />
      {rows.length === 0 ? (
        <ChartEmpty>No documents to count.</ChartEmpty>
      ) : (
        <BarPlot
          data={rows}
          layout="vertical-bars"
          height={260}
          title={title}
          desc={summary}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
        >
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={8} />
          <YAxis {...valueAxisProps("vertical-bars")} width={32} />
          {issuerRoleBars()}
        </BarPlot>
      )}
      {yearOnlyCount > 0 && (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          Not drawn: {countText(yearOnlyCount, "document")} dated only to a year (
          {yearOnly
            .map((row) => `${row.year}: ${row.lead} as lead, ${row.coIssuer} as co-issuer`)
            .join("; ")}
          ), listed in the data table.
        </p>
      )}
    </ChartFigure>
  );
}
