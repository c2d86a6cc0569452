import type { Target } from "@/data/model";
import {
  describeTargetDeadline,
  describeTimeLimit,
} from "@/domain/targets/describe-target-deadline";
import { describeTargetQuantity } from "@/domain/targets/describe-target-quantity";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { itemAnchorProps } from "@/features/briefs/item-anchor";

/**
 * A target as the dashboard reads it, under the sentence that sets it: its figures, the
 * deadline, any time limit and the sector. It carries the target's id, so a link can point at it.
 */
export function TargetNote({ target, activeId }: { target: Target; activeId: string | null }) {
  const anchor = itemAnchorProps(target.id, activeId);
  return (
    <p
      {...anchor}
      className={`${anchor.className} mt-1 text-xs text-stone-600 dark:text-stone-400`}
    >
      <span className="font-semibold uppercase tracking-wide text-accent-700 dark:text-accent-100">
        Target
      </span>{" "}
      {[
        ...target.quantities.map(describeTargetQuantity),
        describeTargetDeadline(target),
        ...(target.timeLimit ? [`Time limit: ${describeTimeLimit(target.timeLimit)}`] : []),
        target.sector.nameEn,
      ].join(" · ")}
      {target.annotated.includes("sector") && <AnnotationMark what="Sector" />}
    </p>
  );
}
