import { z } from "zod";
import type { DataProblem } from "@/data/model";
import { problem, toDataProblems, unknownFieldsMessage } from "@/data/problems";
import {
  BriefSchema,
  CorporateNewsSchema,
  PolicyDocumentSchema,
  PolicyNewsSchema,
  repeatedRanks,
  TargetSchema,
  TOP5_MAX_ITEMS,
  Top5ItemSchema,
  type BriefFile,
} from "@/data/schema";

type ItemList = "top5" | "policyNews" | "corporateNews" | "targets" | "documents";

/** The brief's header with its item lists unread: each item is validated on its own. */
const BriefHeaderSchema = z.object({
  ...BriefSchema.shape,
  top5: z.array(z.unknown()),
  policyNews: z.array(z.unknown()).default([]),
  corporateNews: z.array(z.unknown()).default([]),
  targets: z.array(z.unknown()).default([]),
  documents: z.array(z.unknown()).default([]),
});

/**
 * A brief file read item by item: an item that failed validation is null (and reported), so
 * the paths of the items after it keep their index.
 */
export type BriefRecords = Omit<BriefFile, ItemList> & {
  [List in ItemList]: (BriefFile[List][number] | null)[];
};

const LEFT_OUT = "; this item is left out";

/**
 * Validates a brief file so that one bad item costs only that item: the brief is refused only
 * when its header (id, series, dates) cannot be read. Every problem names file and JSON path.
 */
export function parseBriefFile(
  file: string,
  value: unknown,
): { records: BriefRecords | null; problems: DataProblem[] } {
  const header = BriefHeaderSchema.safeParse(value);
  if (!header.success) return { records: null, problems: toDataProblems(file, header.error) };
  const problems: DataProblem[] = [];
  // The header schema drops unknown fields; a misspelt one is still worth a word.
  const fields = typeof value === "object" && value !== null ? Object.keys(value) : [];
  const unknown = fields.filter((key) => !(key in BriefSchema.shape));
  if (unknown.length > 0) problems.push(problem(file, "", unknownFieldsMessage(unknown)));

  const readItems = <T>(list: ItemList, items: unknown[], schema: z.ZodType<T>): (T | null)[] =>
    items.map((item, at) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return parsed.data;
      problems.push(
        ...toDataProblems(file, parsed.error, [list, at]).map((found) => ({
          ...found,
          message: found.message + LEFT_OUT,
        })),
      );
      return null;
    });
  const { top5, policyNews, corporateNews, targets, documents } = header.data;
  top5.slice(TOP5_MAX_ITEMS).forEach((_, past) => {
    const path = `top5[${TOP5_MAX_ITEMS + past}]`;
    problems.push(problem(file, path, `the Top 5 has at most ${TOP5_MAX_ITEMS} items${LEFT_OUT}`));
  });
  const ranked = readItems("top5", top5.slice(0, TOP5_MAX_ITEMS), Top5ItemSchema);
  problems.push(
    ...repeatedRanks(ranked).map(({ at, message }) => problem(file, `top5[${at}].rank`, message)),
  );
  return {
    records: {
      ...header.data,
      top5: ranked,
      policyNews: readItems("policyNews", policyNews, PolicyNewsSchema),
      corporateNews: readItems("corporateNews", corporateNews, CorporateNewsSchema),
      targets: readItems("targets", targets, TargetSchema),
      documents: readItems("documents", documents, PolicyDocumentSchema),
    },
    problems,
  };
}
