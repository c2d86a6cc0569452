import { memoByIdentity } from "@/core/memo-by-identity";
import { ITEM_KINDS } from "@/core/item-kinds";
import type { Policy } from "@/data/model";
import { formatCalendarDate } from "@/core/calendar-date";
import { describeAddedOnDevice } from "@/domain/briefs/added-on-device";

const MAX_TITLE = 140;

/**
 * What to call a policy in one line: a Top 5 item's headline, or for policy news (which has
 * only its text) its first sentence, shortened at a word if long.
 */
// Policies never change after loading; a chart of thousands of marks asks for these each frame.
export const policyTitle = memoByIdentity((policy: Policy): string => firstSentence(policy));

function firstSentence(policy: Policy): string {
  if (policy.headline) return policy.headline;
  const sentence = /^.+?[.!?。](?=\s|$)/u.exec(policy.summary)?.[0] ?? policy.summary;
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/**
 * A sentence naming a policy and where it sits, for screen readers and tooltips:
 * "Top 5: Going hammer and tongs… 14 Apr 2023. Issued by MIIT (lead), NDRC and MEE.", then
 * "Added on this device, 2 December 2026." for an item of a brief the analyst added.
 */
export const describePolicy = memoByIdentity((policy: Policy): string => toDescription(policy));

function toDescription(policy: Policy): string {
  const bodies = policy.issuingBodies.map(
    (body, at) => `${body.acronym}${at === 0 && policy.issuingBodies.length > 1 ? " (lead)" : ""}`,
  );
  const issuers =
    bodies.length === 0
      ? "Issuing body unknown."
      : `Issued by ${bodies.length > 1 ? `${bodies.slice(0, -1).join(", ")} and ${bodies.at(-1) ?? ""}` : bodies[0]}.`;
  const title = policyTitle(policy).replace(/[.。]$/u, "");
  const added = policy.added ? ` ${describeAddedOnDevice(policy.added)}.` : "";
  return `${ITEM_KINDS[policy.kind].label}: ${title}. ${formatCalendarDate(policy.date, "short")}. ${issuers}${added}`;
}
