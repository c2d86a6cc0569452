import { Link } from "react-router";
import { paths } from "@/config/paths";
import type { BriefCounts } from "@/domain/briefs/brief-outline";
import { countText, formatCount, pluralNoun } from "@/lib/count-text";

/** The brief in numbers, in words, each a way into the page that explores it. */
export function OverviewCounts({ counts }: { counts: BriefCounts }) {
  const policies = counts.top5 + counts.news + counts.document;
  const policyParts = [
    countText(counts.top5, "Top 5 item"),
    countText(counts.news, "policy news item"),
    ...(counts.document > 0 ? [countText(counts.document, "policy document")] : []),
  ];
  const cards = [
    {
      value: policies,
      noun: pluralNoun(policies, "policy", "policies"),
      detail: policyParts.join(", "),
      explore: "Explore policies on the timeline",
      to: paths.timeline.href(),
    },
    {
      value: counts.targets,
      noun: pluralNoun(counts.targets, "target"),
      detail: `${formatCount(counts.targetsWithNumbers)} with numbers`,
      explore: "Explore targets",
      to: paths.targets.href(),
    },
    {
      value: counts.corporateNews,
      noun: pluralNoun(counts.corporateNews, "corporate news item"),
      detail: countText(counts.companies, "company", "companies"),
      explore: "Explore corporate news",
      to: paths.news.href(),
    },
  ];
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" className="sr-only">
        In this brief
      </h2>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-3 lg:grid-cols-1">
        {cards.map((card) => (
          <li
            key={card.explore}
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <p>
              <span className="text-3xl font-semibold tabular-nums">{formatCount(card.value)}</span>{" "}
              <span className="font-medium">{card.noun}</span>
            </p>
            <p className="text-sm text-stone-600 dark:text-stone-400">{card.detail}</p>
            <Link
              to={card.to}
              className="mt-1 block text-sm text-accent-700 underline dark:text-accent-100"
            >
              {card.explore}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
