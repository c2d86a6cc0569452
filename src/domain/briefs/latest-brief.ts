import type { Brief } from "@/data/model";

/** Whether a brief reports anything: a brief without items is listed, never featured. */
export function hasItems(brief: Brief): boolean {
  return brief.policies.length > 0 || brief.corporateNews.length > 0;
}

/** The newest brief that has items (briefs come newest first); undefined when none has. */
export function selectLatestBrief(briefs: readonly Brief[]): Brief | undefined {
  return briefs.find(hasItems);
}
