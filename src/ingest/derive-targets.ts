/**
 * Targets of a brief. Every Top 5 bullet is one target, dated by the year it names or else by the
 * horizon of its item ("Targets for 2025 include:"); a bullet with two figures is one target
 * with two quantities, as the brief prints it.
 * A policy news clause is a target when it has a number and a deadline ("aiming to develop over
 * 30 key standards … by 2025"). Numbers come from the shared target extraction.
 */
import type { PolicyNewsFile, TargetFile } from "@/data/schema";
import {
  extractTargetQuantities,
  type TargetExtraction,
  type TargetQuantity,
} from "@/domain/targets/extract-target-quantities";
import type { BuildContext } from "./build-context";
import type { BuiltTop5 } from "./build-top5";

interface TargetSource {
  policyId: string;
  sectors: string[];
  sectorsAnnotated: boolean;
  sentences: { text: string; extraction: TargetExtraction; horizonYear: number | null }[];
}

const CLAUSE_LEAD =
  /^(?:(?:and|while|aiming|seeking|in order|with the (?:aim|goal|target) of)\s+(?:to\s+)?)+/i;

export function deriveTargets(
  top5: readonly BuiltTop5[],
  policyNews: readonly PolicyNewsFile[],
  context: BuildContext,
): TargetFile[] {
  const sources: TargetSource[] = [
    ...top5.map(({ item, horizonYear }) => ({
      policyId: item.id,
      sectors: item.sectors,
      sectorsAnnotated: item.annotated.includes("sectors"),
      sentences: item.bullets.map((text) => ({
        text,
        extraction: extractTargetQuantities(text),
        horizonYear,
      })),
    })),
    ...policyNews.map((item) => ({
      policyId: item.id,
      sectors: item.sectors,
      sectorsAnnotated: item.annotated.includes("sectors"),
      sentences: newsTargetClauses(item.text),
    })),
  ];
  return sources.flatMap((source) => targetsOf(source, context));
}

/** Clauses of a news item that set a number with a deadline, without their lead-in words. */
export function newsTargetClauses(text: string): TargetSource["sentences"] {
  return text.split(/[;,]\s+/).flatMap((clause) => {
    const trimmed = clause.replace(CLAUSE_LEAD, "").trim();
    const extraction = extractTargetQuantities(trimmed);
    if (extraction.quantities.length === 0 || extraction.targetYear === null) return [];
    return [{ text: trimmed, extraction, horizonYear: null }];
  });
}

function targetsOf(source: TargetSource, context: BuildContext): TargetFile[] {
  const targets: TargetFile[] = [];
  const left: string[] = [];
  source.sentences.forEach(({ text, extraction, horizonYear }, at) => {
    const id = `${source.policyId}-t${at + 1}`;
    const annotation = context.annotations.target(id);
    const sector = annotation?.sector ?? source.sectors[0];
    if (sector === undefined) {
      left.push(id);
      return;
    }
    const metrics = annotation?.metrics ?? [];
    const year = extraction.targetYear ?? horizonYear;
    const timeLimit = extraction.timeLimit;
    targets.push({
      id,
      policy: source.policyId,
      text,
      sector,
      targetYear: year,
      targetYearBasis:
        extraction.targetYear !== null ? "explicit" : year !== null ? "horizon" : null,
      quantities: extraction.quantities.map((quantity, index) =>
        toQuantityFile(quantity, metrics[index] ?? null),
      ),
      ...(timeLimit
        ? {
            timeLimit: {
              ...(timeLimit.duty ? { duty: timeLimit.duty } : {}),
              amount: timeLimit.amount,
              unit: timeLimit.unit,
            },
          }
        : {}),
      annotated: [
        ...(annotation?.sector || source.sectorsAnnotated ? ["sector"] : []),
        ...metrics.flatMap((metric, index) =>
          metric !== null && index < extraction.quantities.length
            ? [`quantities[${index}].metric`]
            : [],
        ),
      ],
    });
  });
  if (left.length > 0) {
    context.report.warn(
      null,
      `${left.length} target(s) of '${source.policyId}' left out: a target needs a sector; add sectors for '${source.policyId}' to the annotations file`,
    );
  }
  return targets;
}

function toQuantityFile(quantity: TargetQuantity, annotatedMetric: string | null) {
  const metric = annotatedMetric ?? quantity.metric;
  return {
    ...(metric ? { metric } : {}),
    value: quantity.value,
    ...(quantity.unit ? { unit: quantity.unit } : {}),
    direction: quantity.direction,
    ...(quantity.qualifier ? { qualifier: quantity.qualifier } : {}),
    ...(quantity.baselineYear ? { baselineYear: quantity.baselineYear } : {}),
  };
}
