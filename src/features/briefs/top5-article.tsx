import type { ReactNode } from "react";
import { DateText } from "@/components/entities/date-text";
import { SourceLabels } from "@/components/entities/source-labels";
import { ZhText } from "@/components/entities/zh-text";
import type { Policy, Target } from "@/data/model";
import { placeTargetsInBullets } from "@/domain/briefs/brief-outline";
import { IssuerLinks } from "@/features/briefs/issuer-links";
import { itemAnchorProps } from "@/features/briefs/item-anchor";
import { SectorNames } from "@/features/briefs/sector-names";
import { TargetNote } from "@/features/briefs/target-note";
import { TextWithReferences } from "@/features/briefs/text-with-references";

interface Top5ArticleProps {
  policy: Policy;
  targets: readonly Target[];
  activeId: string | null;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sm:flex sm:gap-3">
      <dt className="shrink-0 font-medium text-stone-600 sm:w-32 dark:text-stone-400">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One Top 5 item laid out as in the brief: at a glance, bullets, comment, then the document. */
export function Top5Article({ policy, targets, activeId }: Top5ArticleProps) {
  const { byBullet, elsewhere } = placeTargetsInBullets(policy.bullets, targets);
  const anchor = itemAnchorProps(policy.id, activeId);
  const headingId = `${policy.id}-heading`;
  const [firstComment, ...moreComment] = policy.comment;
  return (
    <article {...anchor} aria-labelledby={headingId} className={`${anchor.className} py-2`}>
      <h3 id={headingId} className="text-xl font-semibold leading-snug">
        {policy.rank}. {policy.headline}
      </h3>
      <p className="mt-3">
        <strong>At a glance:</strong>{" "}
        <TextWithReferences text={policy.summary} references={policy.references} />
      </p>
      <ul className="mt-2 list-disc space-y-1.5 pl-6">
        {policy.bullets.map((bullet, at) => (
          <li key={at}>
            <TextWithReferences text={bullet} references={policy.references} />
            {(byBullet[at] ?? []).map((target) => (
              <TargetNote key={target.id} target={target} activeId={activeId} />
            ))}
          </li>
        ))}
      </ul>
      {policy.details.map((paragraph, at) => (
        <p key={at} className="mt-3">
          <TextWithReferences text={paragraph} references={policy.references} />
        </p>
      ))}
      {elsewhere.map((target) => (
        <TargetNote key={target.id} target={target} activeId={activeId} />
      ))}
      {firstComment && (
        <div className="mt-4 border-l-2 border-accent-600 pl-4">
          <p>
            <strong>MERICS comment:</strong>{" "}
            <TextWithReferences text={firstComment} references={policy.references} />
          </p>
          {moreComment.map((paragraph, at) => (
            <p key={at} className="mt-3">
              <TextWithReferences text={paragraph} references={policy.references} />
            </p>
          ))}
        </div>
      )}
      <dl className="mt-4 space-y-1 rounded-md border border-stone-200 bg-white p-3 text-sm dark:border-stone-800 dark:bg-stone-900">
        <Fact label="Article">
          {policy.title.en}
          {policy.title.zh && (
            <>
              {" "}
              (<ZhText>{policy.title.zh}</ZhText>)
            </>
          )}
          {policy.title.number && <> {policy.title.number}</>}{" "}
          <SourceLabels sources={policy.sources} />
        </Fact>
        <Fact label={policy.issuingBodies.length > 1 ? "Issuing bodies" : "Issuing body"}>
          <IssuerLinks issuers={policy.issuingBodies} />
        </Fact>
        <Fact label="Date">
          <DateText date={policy.date} />
        </Fact>
        {policy.sectors.length > 0 && (
          <Fact label="Sector">
            <SectorNames
              sectors={policy.sectors}
              isAnnotated={policy.annotated.includes("sectors")}
            />
          </Fact>
        )}
      </dl>
    </article>
  );
}
