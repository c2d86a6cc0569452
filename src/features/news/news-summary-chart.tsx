import { ChartEmpty } from "@/components/charts/chart-empty";
import { memo, useMemo } from "react";
import { Bar, XAxis, YAxis } from "recharts";
import { BarPlot, focusableBarShape, valueAxisProps } from "@/components/charts/bar-plot";
import { OKABE_ITO } from "@/components/charts/chart-palette";
import { AXIS_TICK } from "@/components/charts/chart-tokens";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/core/chart-spec";
import type { Brief } from "@/data/model";
import { aggregateNewsBy, selectBriefIdsOf } from "@/domain/news/aggregate-news";
import { describeNewsFilters, type NewsNameLookup } from "@/domain/news/describe-news-filters";
import type { NewsChartDimension, NewsFilters } from "@/domain/news/news-filters";
import type { NewsIndex } from "@/domain/news/news-index";
import { describeSources } from "@/domain/source-line";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { countText } from "@/lib/count-text";

const BAR_COLOR = OKABE_ITO[0];
const DIMENSION_CHOICES: readonly { value: NewsChartDimension; label: string }[] = [
  { value: "country", label: "Home country" },
  { value: "place", label: "Where it happens" },
  { value: "company", label: "Company" },
  { value: "deal-kind", label: "Kind of deal" },
];
const SHOWN = 10;
const ROW_HEIGHT = 30;

const DIMENSIONS: Record<
  NewsChartDimension,
  { title: string; column: string; noun: string; note: string }
> = {
  country: {
    title: "Corporate news by home country",
    column: "Home country",
    noun: "countries",
    note: "an item with companies from several countries counts for each",
  },
  place: {
    title: "Corporate news by country where it happens",
    column: "Where it happens",
    noun: "countries",
    note: "an item counts in the country where it happens, not its companies' home",
  },
  company: {
    title: "Corporate news by company",
    column: "Company",
    noun: "companies",
    note: "an item naming several companies counts for each",
  },
  "deal-kind": {
    title: "Corporate news by kind of deal",
    column: "Kind of deal",
    noun: "kinds",
    note: "",
  },
};

interface NewsSummaryChartProps {
  index: NewsIndex;
  positions: Uint32Array;
  filters: NewsFilters;
  names: NewsNameLookup;
  briefs: readonly Brief[];
  onDimensionChange: (dimension: NewsChartDimension) => void;
  /** A bar was clicked: filter by its country (in the reading shown), company or kind of deal. */
  onSelect: (dimension: NewsChartDimension, key: string) => void;
}

/**
 * The filtered news counted by home country, the country where it happens, company or kind of
 * deal; a click on a bar filters by it.
 * Memoised: it follows the URL, not each keystroke, and redraws a task after the list.
 */
export const NewsSummaryChart = memo(function NewsSummaryChart({
  index,
  positions,
  filters,
  names,
  briefs,
  onDimensionChange,
  onSelect,
}: NewsSummaryChartProps) {
  const dimension = filters.chart;
  const data = useMemo(
    () => aggregateNewsBy(index, positions, dimension, SHOWN),
    [index, positions, dimension],
  );
  const briefIds = useMemo(() => new Set(selectBriefIdsOf(index, positions)), [index, positions]);
  const { title, column, noun, note } = DIMENSIONS[dimension];
  const notes = [
    describeNewsFilters(filters, names),
    countText(positions.length, "item"),
    data.categories > data.rows.length
      ? `the ${data.rows.length} largest of ${data.categories} ${noun}`
      : "",
    note,
    data.uncounted > 0
      ? `${countText(data.uncounted, "item")} with no recorded place not counted`
      : "",
  ];
  const spec: ChartSpec = {
    name: `news-by-${dimension}`,
    title,
    subtitle: notes.filter(Boolean).join(" · "),
    source: describeSources(briefs.filter((brief) => briefIds.has(brief.id))),
    filterSlug: [...filters.countries, ...filters.companies, ...filters.dealKinds]
      .join("-")
      .toLowerCase(),
    legend: [{ label: "News items", color: BAR_COLOR }],
    table: {
      columns: [
        { key: "label", label: column },
        ...(dimension === "country" || dimension === "place"
          ? [{ key: "key", label: "Code" }]
          : []),
        { key: "count", label: "News items", numeric: true },
      ],
      rows: data.rows.map((row) => ({ label: row.label, key: row.key, count: row.count })),
    },
  };
  const summary = data.rows.map((row) => `${row.label}: ${row.count}`).join(", ");
  return (
    <ChartFigure spec={spec}>
      <ChoiceGroup
        label="Count by"
        options={DIMENSION_CHOICES}
        value={dimension}
        onChange={onDimensionChange}
      />
      {data.rows.length === 0 ? (
        <ChartEmpty>No items to count.</ChartEmpty>
      ) : (
        <BarPlot
          data={data.rows}
          layout="horizontal-bars"
          height={data.rows.length * ROW_HEIGHT + 40}
          title={title}
          desc={summary}
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
        >
          <XAxis {...valueAxisProps("horizontal-bars")} />
          <YAxis
            type="category"
            dataKey="label"
            width={170}
            interval={0}
            tickLine={false}
            tick={AXIS_TICK}
          />
          <Bar
            dataKey="count"
            name="News items"
            fill={BAR_COLOR}
            isAnimationActive={false}
            shape={focusableBarShape(data.rows, (row) => ({
              fill: BAR_COLOR,
              label: `${row.label}: ${countText(row.count, "news item")}`,
              selected: isSelected(filters, dimension, row.key),
              dimmed: false,
              onSelect: () => onSelect(dimension, row.key),
            }))}
          />
        </BarPlot>
      )}
    </ChartFigure>
  );
});

/** The bar's value is already a filter (a country in the same reading): its button shows as pressed. */
function isSelected(filters: NewsFilters, dimension: NewsChartDimension, key: string): boolean {
  const chosen: Record<NewsChartDimension, readonly string[]> = {
    country: filters.countryOf === "company" ? filters.countries : [],
    place: filters.countryOf === "place" ? filters.countries : [],
    company: filters.companies,
    "deal-kind": filters.dealKinds,
  };
  return chosen[dimension].includes(key);
}
