import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { useState } from "react";
import { Link } from "react-router";
import { IssuerTags } from "@/components/entities/issuer-tags";
import type { Policy, Target } from "@/data/model";
import { paths } from "@/config/paths";
import {
  describeTargetDeadline,
  describeTimeLimit,
} from "@/domain/targets/describe-target-deadline";
import { describeTargetQuantity } from "@/domain/targets/describe-target-quantity";
import { toPolicyLabel } from "@/domain/targets/policy-label";
import { pluralTargets } from "@/features/targets/chart-frame";
import { capitalise } from "@/features/targets/quantitative-chart-spec";
import { Button } from "@/components/ui/button";
import { pluralNoun } from "@/lib/count-text";

interface TargetListProps {
  targets: readonly Target[];
  /** How many targets the filters let through, before the chart selection. */
  inViewCount: number;
  policies: ReadonlyMap<string, Policy>;
  /** The chart selection in words; null when nothing is selected. */
  focusDescription: string | null;
  onClearFocus: () => void;
}

/** Targets shown at first and added per "Show more": a large dataset stays quick to render. */
const PAGE_SIZE = 50;

/** The targets under the charts, each linked to its policy on the Timeline. */
export function TargetList({
  targets,
  inViewCount,
  policies,
  focusDescription,
  onClearFocus,
}: TargetListProps) {
  // A new list (other filters or selection) starts again at one page.
  const [page, setPage] = useState({ targets, count: PAGE_SIZE });
  const count = page.targets === targets ? page.count : PAGE_SIZE;
  const shown = targets.slice(0, count);
  return (
    <section aria-labelledby="target-list-title">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="target-list-title" className="text-lg font-semibold">
          Targets
        </h2>
        <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
          {focusDescription
            ? `${targets.length} of ${pluralTargets(inViewCount)}, selected in a chart: ${focusDescription}`
            : pluralTargets(targets.length)}
        </p>
        {focusDescription && (
          <Button onClick={onClearFocus} variant="accent-link" className="text-sm">
            Show all targets
          </Button>
        )}
      </div>
      {targets.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          No target lies in the chart selection.
        </p>
      ) : (
        <ul aria-labelledby="target-list-title" className="space-y-3">
          {shown.map((target) => {
            const policy = policies.get(target.policyId);
            return (
              <li
                key={target.id}
                aria-labelledby={`target-${target.id}`}
                className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
              >
                <p id={`target-${target.id}`}>{target.text}</p>
                <dl className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
                  <div className="flex gap-1">
                    <dt className="sr-only">Sector</dt>
                    <dd>
                      {target.sector.nameEn} <span lang="zh">{target.sector.nameZh}</span>
                      {target.annotated.includes("sector") && <AnnotationMark what="Sector" />}
                    </dd>
                  </div>
                  <div className="flex gap-1">
                    <dt className="sr-only">Deadline</dt>
                    <dd>{describeTargetDeadline(target)}</dd>
                  </div>
                  {target.timeLimit && (
                    <div className="flex gap-1">
                      <dt>Time limit:</dt>
                      <dd>{describeTimeLimit(target.timeLimit)}</dd>
                    </div>
                  )}
                  {target.quantities.length > 0 && (
                    <div className="flex flex-wrap gap-1">
                      <dt className="sr-only">{pluralNoun(target.quantities.length, "Number")}</dt>
                      {target.quantities.map((quantity, at) => (
                        <dd
                          key={at}
                          className="rounded bg-accent-50 px-1.5 py-0.5 font-medium text-accent-800 dark:bg-stone-800 dark:text-accent-100"
                        >
                          {quantity.metric && `${capitalise(quantity.metric)}: `}
                          {describeTargetQuantity(quantity)}
                          {quantity.isMetricAnnotated && <AnnotationMark what="Metric wording" />}
                        </dd>
                      ))}
                    </div>
                  )}
                  <div className="flex gap-1">
                    <dt className="sr-only">Issued by</dt>
                    <dd>
                      <IssuerTags issuers={target.issuingBodies} />
                    </dd>
                  </div>
                  {target.added && (
                    <div className="flex gap-1">
                      <dt className="sr-only">Source</dt>
                      <dd>
                        <AddedOnDeviceMark added={target.added} />
                      </dd>
                    </div>
                  )}
                </dl>
                <p className="mt-2 text-sm">
                  Policy:{" "}
                  <Link
                    to={paths.timeline.href({ item: target.policyId })}
                    className="text-accent-700 underline dark:text-accent-100"
                  >
                    {policy ? toPolicyLabel(policy) : target.policyId}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < targets.length && (
        <Button onClick={() => setPage({ targets, count: count + PAGE_SIZE })} className="mt-3">
          Show {Math.min(PAGE_SIZE, targets.length - shown.length)} more of{" "}
          {targets.length - shown.length}
        </Button>
      )}
    </section>
  );
}
