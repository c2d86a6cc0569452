import { useMemo } from "react";
import type { Brief } from "@/data/model";
import { toBriefOutline } from "@/domain/briefs/brief-outline";
import { WindowList } from "@/components/ui/window-list";
import { BriefMasthead } from "@/features/briefs/brief-masthead";
import { BriefPeople } from "@/features/briefs/brief-people";
import { BriefSection } from "@/features/briefs/brief-section";
import { CorporateNewsItem } from "@/features/briefs/corporate-news-item";
import { PolicyNewsItem } from "@/features/briefs/policy-news-item";
import { Top5Article } from "@/features/briefs/top5-article";
import { useHashTarget } from "@/features/briefs/use-hash-target";

const NO_TARGETS: never[] = [];

/**
 * A brief as a document to read: the Top 5 with their at-a-glance, targets, comment and
 * document facts, then policy news and corporate news. Every item carries its id as an anchor.
 */
export function BriefDocument({ brief }: { brief: Brief }) {
  const outline = useMemo(() => toBriefOutline(brief), [brief]);
  const activeId = useHashTarget();
  const targetsOf = (policyId: string) => outline.targetsByPolicy.get(policyId) ?? NO_TARGETS;
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
            <BriefSection id="policy-news" title="Policy news" level={3}>
              <WindowList
                className="space-y-3"
                items={outline.policyNews}
                keyOf={(policy) => policy.id}
                activeIndex={outline.policyNews.findIndex(
                  (policy) =>
                    policy.id === activeId ||
                    targetsOf(policy.id).some((target) => target.id === activeId),
                )}
                activeId={activeId}
                renderItem={(policy, row) => (
                  <PolicyNewsItem
                    policy={policy}
                    targets={targetsOf(policy.id)}
                    activeId={activeId}
                    row={row}
                  />
                )}
              />
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
      <p className="mt-8 text-xs text-stone-600 dark:text-stone-400">
        † Annotation: from public knowledge, not stated in the brief (sectors, deal kinds,
        companies’ home countries).
      </p>
      <BriefPeople authors={brief.authors} editors={brief.editors} />
    </article>
  );
}
