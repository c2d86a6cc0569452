import { formatCalendarDate, type CalendarDate } from "@/core/calendar-date";

export function DateText({ date, short = false }: { date: CalendarDate; short?: boolean }) {
  return <time dateTime={date.iso}>{formatCalendarDate(date, short ? "short" : "long")}</time>;
}
