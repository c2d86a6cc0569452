import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/core/chart-spec";
import type { IssuingBody } from "@/data/model";
import type { DeadlineRow } from "@/domain/targets/target-deadlines";

const WITH_NUMBER = "#009e73";
const WITHOUT_NUMBER = "#cc79a7";

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
    subtitle: `${total.toLocaleString("en")} ${total === 1 ? "target" : "targets"} of documents it issued or co-issued`,
    source,
    legend: [
      { label: "With a number", color: WITH_NUMBER },
      { label: "Without a number", color: WITHOUT_NUMBER },
    ],
    table: {
      columns: [
        { key: "label", label: "Deadline" },
        { key: "quantitative", label: "With a number", numeric: true },
        { key: "qualitative", label: "Without a number", numeric: true },
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
        <p className="py-6 text-center text-sm text-stone-500 dark:text-stone-400">
          No targets to count.
        </p>
      ) : (
        <ResponsiveContainer width="100%" height={240}>
          <BarChart
            data={rows}
            accessibilityLayer={false}
            title={title}
            desc={rows.map((row) => `${row.label}: ${row.total}`).join(", ")}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          >
            <CartesianGrid vertical={false} strokeDasharray="3 3" stroke="#a8a29e" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "currentColor" }} />
            <YAxis allowDecimals={false} width={32} tick={{ fontSize: 12, fill: "currentColor" }} />
            <Tooltip cursor={{ fillOpacity: 0.08 }} />
            <Bar
              dataKey="quantitative"
              name="With a number"
              stackId="kind"
              fill={WITH_NUMBER}
              isAnimationActive={false}
            />
            <Bar
              dataKey="qualitative"
              name="Without a number"
              stackId="kind"
              fill={WITHOUT_NUMBER}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
