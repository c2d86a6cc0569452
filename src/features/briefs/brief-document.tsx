import { useMemo } from "react";
import { ITEM_KINDS } from "@/core/item-kinds";
import type { Brief, Policy } from "@/data/model";
import { toBriefOutline, type BriefOutline } from "@/domain/briefs/brief-outline";
import { WindowList } from "@/components/ui/window-list";
import { BriefMasthead } from "@/features/briefs/brief-masthead";
import { BriefPeople } from "@/features/briefs/brief-people";
import { BriefSection } from "@/features/briefs/brief-section";
import { CorporateNewsItem } from "@/features/briefs/corporate-news-item";
import { PolicyNewsItem } from "@/features/briefs/policy-news-item";
import { Top5Article } from "@/features/briefs/top5-article";
import { useHashTarget } from "@/features/briefs/use-hash-target";

const NO_TARGETS: never[] = [];

function targetsOfPolicy(outline: BriefOutline, policyId: string) {
  return outline.targetsByPolicy.get(policyId) ?? NO_TARGETS;
}

/** Policy news or listed documents, virtualised when long; a link to one scrolls to it. */
function PolicyItems({
  policies,
  outline,
  activeId,
}: {
  policies: readonly Policy[];
  outline: BriefOutline;
  activeId: string | null;
}) {
  return (
    <WindowList
      className="space-y-3"
      items={policies}
      keyOf={(policy) => policy.id}
      activeIndex={policies.findIndex(
        (policy) =>
          policy.id === activeId ||
          targetsOfPolicy(outline, policy.id).some((target) => target.id === activeId),
      )}
      activeId={activeId}
      renderItem={(policy, row) => (
        <PolicyNewsItem
          policy={policy}
          targets={targetsOfPolicy(outline, policy.id)}
          activeId={activeId}
          row={row}
        />
      )}
    />
  );
}

/**
 * A brief as a document to read: the Top 5 with their at-a-glance, targets, comment and
 * document facts, then policy news and corporate news, then any listed policy documents. Every
 * item carries its id as an anchor.
 */
export function BriefDocument({ brief }: { brief: Brief }) {
  const outline = useMemo(() => toBriefOutline(brief), [brief]);
  const activeId = useHashTarget();
  const targetsOf = (policyId: string) => targetsOfPolicy(outline, policyId);
  return (
    <article aria-label={`${brief.series} brief`} className="mx-auto max-w-3xl leading-relaxed">
      <BriefMasthead brief={brief} outline={outline} />
      {outline.top5.length > 0 && (
        <BriefSection id="top5" title="MERICS Top 5" level={2}>
          <div className="space-y-10">
            {outline.top5.map((policy) => (
              <Top5Article
                key={policy.id}
                policy={policy}
                targets={targetsOf(policy.id)}
                activeId={activeId}
              />
            ))}
          </div>
        </BriefSection>
      )}
      {(outline.policyNews.length > 0 || outline.corporateNews.length > 0) && (
        <BriefSection id="noteworthy" title="Noteworthy" level={2} isNewPage>
          {outline.policyNews.length > 0 && (
            <BriefSection id="policy-news" title={ITEM_KINDS.news.plural} level={3}>
              <PolicyItems policies={outline.policyNews} outline={outline} activeId={activeId} />
            </BriefSection>
          )}
          {outline.corporateNews.length > 0 && (
            <BriefSection id="corporate-news" title="Corporate news" level={3}>
              <WindowList
                className="space-y-3"
                items={outline.corporateNews}
                keyOf={(news) => news.id}
                activeIndex={outline.corporateNews.findIndex((news) => news.id === activeId)}
                activeId={activeId}
                renderItem={(news, row) => (
                  <CorporateNewsItem news={news} activeId={activeId} row={row} />
                )}
              />
            </BriefSection>
          )}
        </BriefSection>
      )}
      {outline.documents.length > 0 && (
        <BriefSection id="documents" title={ITEM_KINDS.document.plural} level={2} isNewPage>
          <PolicyItems policies={outline.documents} outline={outline} activeId={activeId} />
        </BriefSection>
      )}
      <p className="mt-8 text-xs text-stone-600 dark:text-stone-400">
        † Annotation: from public knowledge, not stated in the brief (sectors, deal kinds,
        companies’ home countries, the country of a place the brief names).
      </p>
      <BriefPeople authors={brief.authors} editors={brief.editors} />
    </article>
  );
}
