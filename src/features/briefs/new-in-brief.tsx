import { useId, useMemo, type ReactNode } from "react";
import { Link } from "react-router";
import { DateText } from "@/components/entities/date-text";
import { paths } from "@/config/paths";
import { isFirstLook, useLoadedDataset } from "@/data/dataset-query";
import type { Brief } from "@/data/model";
import { selectNewInBrief, type FirstSight } from "@/domain/briefs/new-in-brief";
import { selectDocumentIndex } from "@/domain/derived/dataset-derived";
import { STAGE_LABELS } from "@/domain/documents/document-keys";
import { policyTitle } from "@/domain/timeline/policy-label";
import { countText } from "@/lib/count-text";

const list =
  "divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white px-4 py-1 dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900";
const muted = "text-stone-600 dark:text-stone-400";

function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div>
      <h3 id={id} className="mb-2 font-medium">
        {title}
      </h3>
      <ul aria-labelledby={id} className={list}>
        {children}
      </ul>
    </div>
  );
}

function FirstSights<T extends { id: string }>({
  title,
  sights,
  nameOf,
  briefId,
}: {
  title: string;
  sights: readonly FirstSight<T>[];
  nameOf: (entity: T) => string;
  briefId: string;
}) {
  if (sights.length === 0) return null;
  return (
    <Group title={title}>
      {sights.map(({ entity, itemId }) => (
        <li key={entity.id} className="py-2 text-sm">
          <Link to={paths.brief.href(briefId, itemId)} className="underline">
            {nameOf(entity)}
          </Link>
        </li>
      ))}
    </Group>
  );
}

/**
 * What the latest brief adds to the briefs before it, each entry a link to the item that brings
 * it. With no earlier brief everything is new, so only the targets falling due are listed.
 */
export function NewInBrief({ brief }: { brief: Brief }) {
  const dataset = useLoadedDataset();
  const added = useMemo(
    () => selectNewInBrief(brief, dataset.briefs, selectDocumentIndex(dataset)),
    [brief, dataset],
  );
  const isFirst = added.earlierBriefs === 0;
  const firstSights = isFirst
    ? 0
    : added.issuingBodies.length + added.companies.length + added.sectors.length;
  const isEmpty = firstSights + added.followUps.length + added.targetsDue.length === 0;
  return (
    <section aria-labelledby="new-in-brief-title" className="mb-8">
      <h2 id="new-in-brief-title" className="mb-1 text-lg font-semibold">
        New in this brief
      </h2>
      <p className={`mb-3 text-sm ${muted}`}>
        {isFirstLook(dataset)
          ? "The earlier briefs are still loading; what this brief adds to them shows once they are in."
          : isFirst
            ? "No earlier brief is loaded, so everything in this one is new."
            : `Compared with the ${countText(added.earlierBriefs, "earlier brief")} loaded.`}
      </p>
      {isEmpty ? (
        <p className="text-sm">
          {isFirst
            ? "No target in it falls due within 12 months of its date."
            : "Nothing new: every issuing body, company and sector appeared before, no document follows up an earlier one, and no target falls due within 12 months of its date."}
        </p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {!isFirst && (
            <>
              <FirstSights
                title="Issuing bodies seen for the first time"
                sights={added.issuingBodies}
                nameOf={(body) => `${body.nameEn} (${body.acronym})`}
                briefId={brief.id}
              />
              <FirstSights
                title="Companies seen for the first time"
                sights={added.companies}
                nameOf={(company) => company.name}
                briefId={brief.id}
              />
              <FirstSights
                title="Sectors seen for the first time"
                sights={added.sectors}
                nameOf={(sector) => sector.nameEn}
                briefId={brief.id}
              />
            </>
          )}
          {added.followUps.length > 0 && (
            <Group title="Follow-ups to earlier documents">
              {added.followUps.map(({ item, follows }) => (
                <li key={item.id} className="py-2 text-sm">
                  <Link to={paths.brief.href(brief.id, item.id)} className="underline">
                    {policyTitle(item)}
                  </Link>
                  {item.title.stage && ` (${STAGE_LABELS[item.title.stage].toLowerCase()})`}
                  <span className={`block ${muted}`}>
                    follows{" "}
                    <Link to={paths.brief.href(follows.briefId, follows.id)} className="underline">
                      {policyTitle(follows)}
                    </Link>
                    {follows.title.stage && ` (${STAGE_LABELS[follows.title.stage].toLowerCase()})`}
                    , of <DateText date={follows.date} short />
                  </span>
                </li>
              ))}
            </Group>
          )}
          {added.targetsDue.length > 0 && (
            <Group title="Targets due within 12 months">
              {added.targetsDue.map((target) => (
                <li key={target.id} className="py-2 text-sm">
                  <Link to={paths.brief.href(brief.id, target.id)} className="underline">
                    {target.text}
                  </Link>
                </li>
              ))}
            </Group>
          )}
        </div>
      )}
    </section>
  );
}
