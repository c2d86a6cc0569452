import type { z } from "zod";
import type { DataProblem } from "@/data/model";
import { pluralNoun } from "@/lib/count-text";

/** JSON path in the familiar form: corporateNews[3].date. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`,
    )
    .join("");
}

/**
 * One problem per zod issue, in plain words, naming the file and the JSON path; `at` is where
 * the validated value sits in the file when it is not the whole file.
 */
export function toDataProblems(
  file: string,
  error: z.ZodError,
  at: readonly PropertyKey[] = [],
): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatJsonPath([...at, ...issue.path]),
    message: describeIssue(issue),
    severity: "error",
  }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return unknownFieldsMessage(issue.keys);
  return issue.message.replace(/^Invalid input: /, "");
}

export function unknownFieldsMessage(keys: readonly string[]): string {
  return `unknown ${pluralNoun(keys.length, "field")} ${keys.map((k) => `'${k}'`).join(", ")}; check the spelling against the JSON Schema`;
}

export function problem(
  file: string,
  path: string,
  message: string,
  severity: DataProblem["severity"] = "error",
): DataProblem {
  return { file, path, message, severity };
}

/** "briefs/2023-05.json → corporateNews[3].date: expected …" */
export function formatProblem(item: DataProblem): string {
  return `${item.file}${item.path ? ` → ${item.path}` : ""}: ${item.message}`;
}
