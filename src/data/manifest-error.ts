import type { DataProblem } from "@/data/model";
import { formatProblem } from "@/data/problems";

/** The manifest itself is unusable: nothing can be shown, so the whole load fails. */
export class ManifestError extends Error {
  constructor(
    readonly problems: DataProblem[],
    readonly retryable: boolean,
  ) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ManifestError";
  }
}
