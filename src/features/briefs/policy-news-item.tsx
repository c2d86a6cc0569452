import type { WindowListRow } from "@/components/ui/window-list";
import { DateText } from "@/components/entities/date-text";
import { SourceLabels } from "@/components/entities/source-labels";
import { ZhText } from "@/components/entities/zh-text";
import type { Policy, Target } from "@/data/model";
import { IssuerLinks } from "@/features/briefs/issuer-links";
import { itemAnchorProps } from "@/features/briefs/item-anchor";
import { SectorNames } from "@/features/briefs/sector-names";
import { TargetNote } from "@/features/briefs/target-note";

interface PolicyNewsItemProps {
  policy: Policy;
  targets: readonly Target[];
  activeId: string | null;
  /** Placement in a virtualised list. */
  row?: WindowListRow;
}

/**
 * "March 28: The MIIT released … (MIIT notice)", with its issuers, sectors and targets; a
 * listed document shows its title (and Chinese title) as its text.
 */
export function PolicyNewsItem({ policy, targets, activeId, row }: PolicyNewsItemProps) {
  const anchor = itemAnchorProps(policy.id, activeId);
  // A listed document with only a Chinese title has that title as its text.
  const isChineseText = policy.title.zh === policy.summary;
  return (
    <li {...anchor} {...row} className={`${anchor.className} py-1`}>
      <p>
        <em className="font-medium not-italic text-stone-600 dark:text-stone-400">
          <DateText date={policy.date} />:
        </em>{" "}
        {isChineseText ? <ZhText>{policy.summary}</ZhText> : policy.summary}
        {policy.title.zh && !isChineseText && (
          <>
            {" "}
            (<ZhText>{policy.title.zh}</ZhText>)
          </>
        )}{" "}
        <SourceLabels sources={policy.sources} />
      </p>
      <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-stone-600 dark:text-stone-400">
        <span>
          Issued by <IssuerLinks issuers={policy.issuingBodies} />
        </span>
        <SectorNames sectors={policy.sectors} isAnnotated={policy.annotated.includes("sectors")} />
      </div>
      {targets.map((target) => (
        <TargetNote key={target.id} target={target} activeId={activeId} />
      ))}
    </li>
  );
}
