/**
 * The loader's view of briefs added on this device: the stored records, checked with the same
 * schemas as shipped files, so a record that no longer validates (after an app upgrade) is
 * reported in the data-problems notice rather than dropped silently.
 */
import type { z } from "zod";
import { AddedBriefsError, listAddedBriefs, type StoredBrief } from "@/data/added-briefs-store";
import type { DataProblem } from "@/data/model";
import { problem, toDataProblems } from "@/data/problems";
import {
  CompanySchema,
  IssuingBodySchema,
  type CompanyFile,
  type IssuingBodyFile,
} from "@/data/schema";

export interface AddedBriefs {
  records: StoredBrief[];
  problems: DataProblem[];
}

export const NO_ADDED_BRIEFS: AddedBriefs = { records: [], problems: [] };

/** How messages name an added brief, in place of a file name. */
export function addedBriefFile(id: string): string {
  return `added on this device: ${id}`;
}

/** The stored briefs; a browser without storage has none, a failing store is reported. */
export async function readAddedBriefs(): Promise<AddedBriefs> {
  try {
    return { records: await listAddedBriefs(), problems: [] };
  } catch (error) {
    if (error instanceof AddedBriefsError && error.failure === "unavailable") {
      return NO_ADDED_BRIEFS;
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      records: [],
      problems: [problem("briefs added on this device", "", `could not be read: ${reason}`)],
    };
  }
}

/** The registry records the added briefs bring, each validated; bad ones become problems. */
export function addedRegistryRecords(
  records: readonly StoredBrief[],
  problems: DataProblem[],
): { issuingBodies: IssuingBodyFile[]; companies: CompanyFile[] } {
  const valid = <T>(record: StoredBrief, list: unknown[], key: string, schema: z.ZodType<T>) =>
    list.flatMap((value, at) => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return [parsed.data];
      problems.push(
        ...toDataProblems(addedBriefFile(record.id), parsed.error).map((p) => ({
          ...p,
          path: `registryAdditions.${key}[${at}]${p.path ? `.${p.path}` : ""}`,
        })),
      );
      return [];
    });
  return {
    issuingBodies: records.flatMap((r) =>
      valid(r, r.registryAdditions.issuingBodies, "issuingBodies", IssuingBodySchema),
    ),
    companies: records.flatMap((r) =>
      valid(r, r.registryAdditions.companies, "companies", CompanySchema),
    ),
  };
}
