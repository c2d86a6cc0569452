import { formatLocalDay } from "@/core/calendar-date";
import type { AddedOnDevice } from "@/data/model";

/**
 * The one label every view gives a brief the analyst added in this browser, and each of its
 * items: "Added on this device, 2 December 2026", the day in the analyst's own time zone.
 */
export function describeAddedOnDevice(added: AddedOnDevice): string {
  return `Added on this device, ${formatLocalDay(new Date(added.at))}`;
}
