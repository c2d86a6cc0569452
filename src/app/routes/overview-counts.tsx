import { Link } from "react-router";
import { paths } from "@/config/paths";
import type { Brief } from "@/data/model";

/** The brief in numbers, each a way into the page that explores it. */
export function OverviewCounts({ brief }: { brief: Brief }) {
  const quantitative = brief.targets.filter((target) => target.quantities.length > 0).length;
  const counts = [
    {
      label: "Policies",
      value: brief.policies.length,
      detail: "Top 5 and policy news",
      to: paths.timeline.href(),
    },
    {
      label: "Targets",
      value: brief.targets.length,
      detail: `${quantitative} with numbers`,
      to: paths.targets.href(),
    },
    {
      label: "Corporate news",
      value: brief.corporateNews.length,
      detail: `${new Set(brief.corporateNews.flatMap((n) => n.companies.map((c) => c.id))).size} companies`,
      to: paths.news.href(),
    },
  ];
  return (
    <section aria-labelledby="counts-title" className="mb-8">
      <h2 id="counts-title" className="sr-only">
        In this brief
      </h2>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {counts.map((count) => (
          <div
            key={count.label}
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <dt className="text-sm text-stone-600 dark:text-stone-400">{count.label}</dt>
            <dd className="mt-1">
              <span className="text-3xl font-semibold tabular-nums">{count.value}</span>
              <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">
                {count.detail}
              </span>
              <Link
                to={count.to}
                className="mt-1 block text-sm text-accent-700 underline dark:text-accent-100"
              >
                Explore {count.label.toLowerCase()}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
