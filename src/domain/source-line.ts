import type { Brief } from "@/data/model";
import {
  compareDates,
  formatCalendarDate,
  shortMonthName,
  type CalendarDate,
} from "@/core/calendar-date";

function monthYear(date: CalendarDate): string {
  return date.month === null ? String(date.year) : `${shortMonthName(date.month)} ${date.year}`;
}

/**
 * The source line for a chart or export, naming the briefs actually in view:
 * "MERICS China Industries, 3 May 2023", or a range when there are several of one series.
 */
export function describeSources(briefs: readonly Pick<Brief, "series" | "publishedOn">[]): string {
  const bySeries = new Map<string, CalendarDate[]>();
  for (const brief of briefs) {
    bySeries.set(brief.series, [...(bySeries.get(brief.series) ?? []), brief.publishedOn]);
  }
  return [...bySeries.entries()]
    .map(([series, dates]) => {
      const sorted = [...dates].sort(compareDates);
      const first = sorted[0];
      const last = sorted[sorted.length - 1];
      if (!first || !last) return series;
      if (sorted.length === 1) return `${series}, ${formatCalendarDate(first)}`;
      return `${series}, ${sorted.length} briefs, ${monthYear(first)} – ${monthYear(last)}`;
    })
    .join("; ");
}
