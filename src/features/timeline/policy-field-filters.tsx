import { DateField } from "@/components/ui/date-field";
import { ITEM_KIND_ORDER, ITEM_KINDS, type ItemKind } from "@/core/item-kinds";
import type { PolicyFilter } from "@/domain/timeline/timeline-filters";
import type { UpdateTimeline } from "@/features/timeline/use-timeline-state";
import { CountedOption } from "@/components/filters/counted-option";

const POLICY_NOUN = ["policy", "policies"] as const;
const INPUT =
  "w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900";

/** Free text over headlines, texts, titles (English and Chinese), comments and issuer names. */
export function TextFilter({
  filter,
  update,
  onBlur,
}: {
  filter: PolicyFilter;
  update: UpdateTimeline;
  onBlur: () => void;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="timeline-text" className="text-sm font-medium">
        Search policies
      </label>
      <input
        id="timeline-text"
        type="search"
        value={filter.text}
        placeholder="Words in English or Chinese"
        onChange={(event) => update({ text: event.target.value }, { typing: true })}
        onBlur={onBlur}
        className={INPUT}
      />
    </div>
  );
}

/**
 * All kinds, or one, each with its count under the other filters. Only kinds the data has are
 * offered (and the chosen one, so a link naming an absent kind can still be undone).
 */
export function KindFilter({
  filter,
  counts,
  occurring,
  update,
}: {
  filter: PolicyFilter;
  counts: ReadonlyMap<ItemKind, number>;
  /** The kinds of at least one loaded policy. */
  occurring: ReadonlySet<ItemKind>;
  update: UpdateTimeline;
}) {
  const total = ITEM_KIND_ORDER.reduce((sum, kind) => sum + (counts.get(kind) ?? 0), 0);
  const kinds = [
    { kind: null, label: "All" },
    ...ITEM_KIND_ORDER.filter((kind) => occurring.has(kind) || filter.kind === kind).map(
      (kind) => ({ kind, label: ITEM_KINDS[kind].label }),
    ),
  ];
  return (
    <fieldset className="text-sm">
      <legend className="mb-1 font-medium">Kind</legend>
      {kinds.map(({ kind, label }) => {
        const count = kind === null ? total : (counts.get(kind) ?? 0);
        return (
          <CountedOption
            key={label}
            type="radio"
            name="timeline-kind"
            checked={filter.kind === kind}
            onChange={() => update({ kind })}
            label={label}
            count={count}
            noun={POLICY_NOUN}
          />
        );
      })}
    </fieldset>
  );
}

/** Policies whose date touches the range; month- and year-dated ones count if they overlap. */
export function DateRangeFilter({
  filter,
  update,
}: {
  filter: PolicyFilter;
  update: UpdateTimeline;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">Date</legend>
      <div className="flex gap-2">
        <DateField
          label="From"
          value={filter.from}
          onChange={(from) => update({ from }, { replace: true })}
        />
        <DateField
          label="To"
          value={filter.to}
          onChange={(to) => update({ to }, { replace: true })}
        />
      </div>
    </fieldset>
  );
}
