import type { PolicyFilter } from "@/domain/timeline/timeline-filters";
import type { UpdateTimeline } from "@/features/timeline/use-timeline-state";

/**
 * How the chosen bodies count: any role, lead (first-listed) issuer only, or, with two or more
 * chosen, only the documents they issued together. Lead-only and "together" exclude each other.
 */
export function IssuerRoleFilter({
  filter,
  update,
}: {
  filter: PolicyFilter;
  update: UpdateTimeline;
}) {
  return (
    <div className="space-y-2 text-sm">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          checked={filter.leadOnly}
          onChange={(event) => update({ leadOnly: event.target.checked, match: "any" })}
          className="mt-0.5 accent-accent-700"
        />
        <span>
          Lead issuer only
          <span className="block text-xs text-stone-500 dark:text-stone-400">
            Each document counts for its first-listed issuer
          </span>
        </span>
      </label>
      {filter.issuers.length > 1 && (
        <fieldset>
          <legend className="font-medium">Documents issued by</legend>
          {(
            [
              ["any", "Any of the chosen bodies"],
              ["all", "All of them together"],
            ] as const
          ).map(([match, label]) => (
            <label key={match} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="issuer-match"
                checked={!filter.leadOnly && filter.match === match}
                onChange={() => update({ match, leadOnly: false })}
                className="accent-accent-700"
              />
              {label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
