import { cpus, totalmem } from "node:os";
import type { BenchContext, BenchRow, BenchSection } from "./types";

export interface SectionResult {
  id: string;
  title: string;
  seconds: number;
  rows: BenchRow[];
  /** Why the section failed; the other sections still ran. */
  error?: string;
}

export interface Machine {
  cpus: number;
  model: string;
  memoryGb: number;
  node: string;
  platform: string;
}

/** What bench-results.json holds. */
export interface BenchResults {
  date: string;
  machine: Machine;
  quick: boolean;
  seconds: number;
  sections: SectionResult[];
}

/** The sections named by `--only` (all without it); an unknown name is an error. */
export function selectSections(
  all: readonly BenchSection[],
  only: readonly string[] | null,
): BenchSection[] {
  if (!only) return [...all];
  const unknown = only.filter((id) => !all.some((s) => s.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown section ${unknown.join(", ")}; the sections are ${all.map((s) => s.id).join(", ")}`,
    );
  }
  return all.filter((s) => only.includes(s.id));
}

/** Runs the sections one after another; a failing section is recorded and the rest go on. */
export async function runSections(
  sections: readonly BenchSection[],
  context: BenchContext,
  now: () => number = () => performance.now(),
): Promise<SectionResult[]> {
  const results: SectionResult[] = [];
  for (const section of sections) {
    context.log(`section ${section.id}`);
    const started = now();
    const base = { id: section.id, title: section.title };
    try {
      const rows = await section.run(context);
      results.push({ ...base, seconds: (now() - started) / 1000, rows });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ ...base, seconds: (now() - started) / 1000, rows: [], error: message });
    }
  }
  return results;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpus: processors.length,
    model: processors[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
