import type { z } from "zod";
import type { PolicyNewsSchema, Top5ItemSchema } from "../../src/data/schema";
import type { Pickers } from "./pickers";
import type { Random } from "./random";
import { draftTarget, type TargetInput } from "./targets";
import { listNames } from "./text";

export type Top5Input = z.input<typeof Top5ItemSchema>;
export type PolicyNewsInput = z.input<typeof PolicyNewsSchema>;

const DOCUMENT_KINDS = [
  "notice",
  "guiding opinions",
  "action plan",
  "implementation measures",
  "draft rules",
  "development plan",
] as const;
const SOURCES = [{ label: "Synthetic source" }];

/** What a generated policy needs from its brief. */
export interface PolicySlot {
  id: string;
  date: string;
  /** The year of the brief; target horizons lie two to seven years after it. */
  year: number;
}

/** A Top 5 item whose bullets are its targets, as in the real briefs. */
export function generateTop5Item(
  random: Random,
  pickers: Pickers,
  slot: PolicySlot,
  rank: number,
): { item: Top5Input; targets: TargetInput[] } {
  const issuers = pickers.issuers(random);
  const sectors = pickers.sectors(random, 2);
  const [lead] = sectors;
  if (!lead) throw new Error("the sector vocabulary is empty");
  const kind = random.pick(DOCUMENT_KINDS);
  const horizon = slot.year + random.int(2, 7);
  const number = slot.id.replace(/\D/g, "");
  const drafts = Array.from({ length: random.int(2, 4) }, () =>
    draftTarget(random, random.pick(sectors), horizon),
  );
  const targets = drafts.map((draft, at) => ({
    ...draft,
    id: `${slot.id}-t${at + 1}`,
    policy: slot.id,
  }));
  const title = `synthetic ${kind} on ${lead.nameEn.toLowerCase()} no. ${number}`;
  const titleEn = title.charAt(0).toUpperCase() + title.slice(1);
  return {
    item: {
      id: slot.id,
      rank,
      headline: `[Synthetic] ${titleEn}`,
      atAGlance: `Synthetic summary: ${listNames(issuers.map((b) => b.acronym))} issued the ${title}. Targets for ${horizon} include:`,
      bullets: drafts.map((draft) => draft.text),
      comment: ["Synthetic comment: generated text for benchmarks, not an analysis."],
      document: {
        titleEn,
        titleZh: random.chance(0.7) ? `合成政策文件第${number}号` : null,
        // The serial is the item's own number, so no two generated documents share a number
        // and none is matched with another by chance.
        ...(random.chance(0.3) ? { number: `合成发〔${slot.year}〕${Number(number)}号` } : {}),
      },
      issuingBodies: issuers.map((b) => b.id),
      date: slot.date,
      sectors: sectors.map((s) => s.id),
      sources: SOURCES,
    },
    targets,
  };
}

/** A one-sentence policy news item; a quarter of them state a target. */
export function generatePolicyNewsItem(
  random: Random,
  pickers: Pickers,
  slot: PolicySlot,
): { item: PolicyNewsInput; targets: TargetInput[] } {
  const issuers = pickers.issuers(random);
  const sectors = pickers.sectors(random, 2);
  const [lead] = sectors;
  if (!lead) throw new Error("the sector vocabulary is empty");
  const kind = random.pick(DOCUMENT_KINDS);
  const draft = random.chance(0.25)
    ? draftTarget(random, lead, slot.year + random.int(2, 7))
    : null;
  const aim = draft
    ? `, aiming to ${draft.text.charAt(0).toLowerCase()}${draft.text.slice(1)}`
    : "";
  return {
    item: {
      id: slot.id,
      date: slot.date,
      issuingBodies: issuers.map((b) => b.id),
      text: `[Synthetic] ${listNames(issuers.map((b) => b.acronym))} issued a ${kind} on ${lead.nameEn.toLowerCase()}${aim}`,
      sectors: sectors.map((s) => s.id),
      sources: SOURCES,
    },
    targets: draft ? [{ ...draft, id: `${slot.id}-t1`, policy: slot.id }] : [],
  };
}
