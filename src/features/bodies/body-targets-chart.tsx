import { ChartEmpty } from "@/components/charts/chart-empty";
import { Bar, XAxis, YAxis } from "recharts";
import { BarPlot, valueAxisProps } from "@/components/charts/bar-plot";
import { TARGET_KIND_STYLES, TARGET_KINDS } from "@/components/charts/chart-palette";
import { AXIS_TICK } from "@/components/charts/chart-tokens";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/core/chart-spec";
import type { IssuingBody } from "@/data/model";
import type { DeadlineRow } from "@/domain/targets/target-deadlines";
import { countText } from "@/lib/count-text";

/** The targets of the body's documents by the year they fall due. */
export function BodyTargetsChart({
  body,
  rows,
  source,
}: {
  body: IssuingBody;
  rows: readonly DeadlineRow[];
  source: string;
}) {
  const title = `Targets of ${body.acronym} by deadline year`;
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const spec: ChartSpec = {
    name: `${body.id}-targets-by-deadline`,
    title,
    subtitle: `${countText(total, "target")} of documents it issued or co-issued`,
    source,
    legend: TARGET_KINDS.map((kind) => TARGET_KIND_STYLES[kind]),
    table: {
      columns: [
        { key: "label", label: "Deadline" },
        ...TARGET_KINDS.map((kind) => ({
          key: kind,
          label: TARGET_KIND_STYLES[kind].label,
          numeric: true,
        })),
      ],
      rows: rows.map((row) => ({
        label: row.label,
        quantitative: row.quantitative,
        qualitative: row.qualitative,
      })),
    },
  };
  return (
    <ChartFigure spec={spec}>
      {rows.length === 0 ? (
        <ChartEmpty>No targets to count.</ChartEmpty>
      ) : (
        <BarPlot
          data={rows}
          layout="vertical-bars"
          height={240}
          title={title}
          desc={rows.map((row) => `${row.label}: ${row.total}`).join(", ")}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
        >
          <XAxis dataKey="label" tick={AXIS_TICK} />
          <YAxis {...valueAxisProps("vertical-bars")} width={32} />
          {TARGET_KINDS.map((kind) => (
            <Bar
              key={kind}
              dataKey={kind}
              name={TARGET_KIND_STYLES[kind].label}
              stackId="kind"
              fill={TARGET_KIND_STYLES[kind].color}
              isAnimationActive={false}
            />
          ))}
        </BarPlot>
      )}
    </ChartFigure>
  );
}
