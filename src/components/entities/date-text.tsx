import { formatCalendarDate, formatShortDate, type CalendarDate } from "@/core/calendar-date";

export function DateText({ date, short = false }: { date: CalendarDate; short?: boolean }) {
  return (
    <time dateTime={date.iso}>{short ? formatShortDate(date) : formatCalendarDate(date)}</time>
  );
}
