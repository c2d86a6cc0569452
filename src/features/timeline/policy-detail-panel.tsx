import { useEffect, useId, useRef, type ReactNode } from "react";
import { Link } from "react-router";
import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { DateText } from "@/components/entities/date-text";
import { SourceLabels } from "@/components/entities/source-labels";
import { ZhText } from "@/components/entities/zh-text";
import { Button } from "@/components/ui/button";
import { paths } from "@/config/paths";
import type { Brief, Policy, Target } from "@/data/model";
import { ITEM_KINDS } from "@/core/item-kinds";
import { STAGE_LABELS } from "@/domain/documents/document-keys";
import type { DocumentPlace } from "@/domain/timeline/document-marks";
import { describeTimeLimit } from "@/domain/targets/describe-target-deadline";
import { policyTitle } from "@/domain/timeline/policy-label";
import { BODY_KIND_LABELS } from "@/core/body-kinds";

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-4">
      <h3
        id={id}
        className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400"
      >
        {title}
      </h3>
      <div className="mt-1 space-y-2 text-sm">{children}</div>
    </section>
  );
}

function describeTarget(target: Target): string {
  const year = target.targetYear === null ? "no year stated" : `by ${target.targetYear}`;
  const limit = target.timeLimit ? `; time limit: ${describeTimeLimit(target.timeLimit)}` : "";
  return `${target.sector.nameEn}, ${year}${limit}`;
}

/**
 * Everything known about one policy, beside the chart in place of the filters (a drawer on
 * narrow screens), so the chart stays in view and usable while it is open. Its name is the
 * headline; Escape closes it and focus returns to what opened it.
 */
export function PolicyDetailPanel({
  policy,
  missingId,
  brief,
  targets,
  mentions,
  stages,
  hiddenByFilters,
  onOpen,
  onClose,
  onShowAll,
}: {
  policy: Policy | null;
  /** The id asked for when no policy has it. */
  missingId: string | null;
  brief: Brief | null;
  targets: readonly Target[];
  mentions: DocumentPlace["mentions"];
  stages: DocumentPlace["stages"];
  onOpen: (policyId: string) => void;
  hiddenByFilters: boolean;
  onClose: () => void;
  onShowAll: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownId = policy?.id ?? missingId;
  useEffect(() => {
    headingRef.current?.focus();
  }, [shownId]);

  const title = policy ? policyTitle(policy) : "Policy not found";
  return (
    <aside
      aria-labelledby="policy-detail-title"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onClose();
      }}
      className="rounded-lg border border-stone-200 bg-white p-5 lg:max-xl:order-first max-lg:fixed max-lg:inset-y-0 max-lg:right-0 max-lg:z-30 max-lg:w-full max-lg:max-w-md max-lg:overflow-y-auto max-lg:rounded-none max-lg:shadow-2xl lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex items-start justify-between gap-3">
        <p className="text-xs font-medium uppercase tracking-wide text-accent-700 dark:text-accent-100">
          {policy ? ITEM_KINDS[policy.kind].label : "Policy"}
        </p>
        <Button onClick={onClose} size="sm">
          Close<span className="sr-only"> details</span>
        </Button>
      </div>
      <h2
        id="policy-detail-title"
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 text-lg font-semibold outline-none"
      >
        {title}
      </h2>
      {!policy && (
        <p className="mt-2 text-sm">
          No loaded brief has a policy with the id “{missingId}”. The link may be out of date.
        </p>
      )}
      {policy && (
        <>
          {/* What the document is called and when, before who issued it. */}
          {policy.title.zh && <ZhText className="mt-1 block">{policy.title.zh}</ZhText>}
          {policy.title.en && policy.title.en !== title && (
            <p className="mt-1 text-sm">{policy.title.en}</p>
          )}
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            <DateText date={policy.date} />
            {policy.date.precision !== "day" && " (the brief gives no exact day)"}
            {policy.title.number && (
              <>
                {" · "}
                <ZhText>{policy.title.number}</ZhText>
              </>
            )}
          </p>
          {policy.added && (
            <p className="mt-2">
              <AddedOnDeviceMark added={policy.added} />
            </p>
          )}
          {hiddenByFilters && (
            <p className="mt-3 rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
              The current filters hide this policy from the timeline.{" "}
              <Button onClick={onShowAll} variant="link">
                Clear filters
              </Button>
            </p>
          )}
          <Section title="Issuing bodies">
            <ul className="space-y-1.5">
              {policy.issuingBodies.map((body, at) => (
                <li key={body.id}>
                  <span className="font-semibold">{body.acronym}</span>
                  {at === 0 && policy.issuingBodies.length > 1 && (
                    <span className="ml-1.5 rounded bg-stone-100 px-1 text-xs dark:bg-stone-800">
                      lead issuer
                    </span>
                  )}
                  <span className="block">{body.nameEn}</span>
                  <ZhText className="block">{body.nameZh}</ZhText>
                  <span className="block text-xs text-stone-500 dark:text-stone-400">
                    {BODY_KIND_LABELS[body.kind]}
                  </span>
                </li>
              ))}
              {policy.issuingBodies.length === 0 && <li>Not in the registry of issuing bodies</li>}
            </ul>
          </Section>
          {stages.length > 1 && (
            <Section title="Stages of this policy">
              <ol className="space-y-1.5">
                {stages.map(({ policy: stage, stage: name, isCurrent }) => (
                  <li key={stage.id} aria-current={isCurrent || undefined}>
                    <span className="font-semibold">
                      {name ? STAGE_LABELS[name] : "Stage not stated"}
                    </span>
                    {": "}
                    {isCurrent ? (
                      <span>{policyTitle(stage)} (shown)</span>
                    ) : (
                      <Button variant="link" onClick={() => onOpen(stage.id)} className="text-left">
                        {policyTitle(stage)}
                      </Button>
                    )}
                    <span className="block text-xs text-stone-500 dark:text-stone-400">
                      <DateText date={stage.date} />
                    </span>
                  </li>
                ))}
              </ol>
            </Section>
          )}
          {mentions.length > 1 && (
            <Section title={`Mentions (${mentions.length})`}>
              <ul className="space-y-1.5">
                {mentions.map(({ policy: mention, brief: mentionBrief }) => (
                  <li key={mention.id}>
                    <Link to={paths.brief.href(mention.briefId, mention.id)} className="underline">
                      {ITEM_KINDS[mention.kind].label} in the brief
                      {mentionBrief && (
                        <>
                          {" "}
                          of <DateText date={mentionBrief.publishedOn} />
                        </>
                      )}
                    </Link>
                    <span className="block text-xs text-stone-500 dark:text-stone-400">
                      {policyTitle(mention)}
                    </span>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title={policy.kind === "top5" ? "At a glance" : "Text"}>
            <p>{policy.summary}</p>
            {policy.bullets.length > 0 && (
              <ul className="list-disc space-y-1 pl-5">
                {policy.bullets.map((bullet, at) => (
                  <li key={at}>{bullet}</li>
                ))}
              </ul>
            )}
          </Section>
          {targets.length > 0 && (
            <Section title={`Targets (${targets.length})`}>
              <ul className="space-y-1.5">
                {targets.map((target) => (
                  <li key={target.id}>
                    {target.text}
                    <span className="block text-xs text-stone-500 dark:text-stone-400">
                      {describeTarget(target)}
                    </span>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {policy.comment.length > 0 && (
            <Section title="MERICS comment">
              {policy.comment.map((paragraph, at) => (
                <p key={at}>{paragraph}</p>
              ))}
            </Section>
          )}
          <div className="mt-4 space-y-2">
            <SourceLabels sources={policy.sources} />
            {brief && (
              <p className="text-sm">
                <Link
                  to={paths.brief.href(brief.id, policy.id)}
                  className="font-medium text-accent-700 underline dark:text-accent-100"
                >
                  Read it in the brief of <DateText date={brief.publishedOn} />
                </Link>
              </p>
            )}
          </div>
        </>
      )}
    </aside>
  );
}
