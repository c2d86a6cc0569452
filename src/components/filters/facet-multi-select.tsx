import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { Link } from "react-router";
import {
  listFacetOptions,
  matchFacetOptions,
  type FacetOption,
} from "@/domain/facets/match-facet-options";
import { ZhText } from "@/components/entities/zh-text";
import { formatCount } from "@/lib/count-text";

interface FacetMultiSelectProps {
  /** Names the facet: "Issuing body", "Company", "Country". */
  label: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  searchPlaceholder?: string;
  /** Long lists (thousands of companies) show the best matches only; typing finds the rest. */
  maxVisible?: number;
  /** A chosen value's own page (an issuing body's), linked under the list. */
  pageOf?: (value: string) => string;
}

/**
 * A searchable multi-select with counts: type to narrow (acronym, English or Chinese name,
 * aliases), arrows to move, Enter or click to toggle. Selected values stay listed at the top.
 * Only values that occur in the data are listed unless "Show all" is ticked.
 */
export function FacetMultiSelect({
  label,
  options,
  selected,
  onChange,
  searchPlaceholder = "Type to search",
  maxVisible = 60,
  pageOf,
}: FacetMultiSelectProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const listed = useMemo(
    () => listFacetOptions(options, selectedSet, showAll),
    [options, selectedSet, showAll],
  );
  const canShowMore = useMemo(() => options.some((option) => !option.occurs), [options]);
  const visible = useMemo(
    () => matchFacetOptions(listed, query, selectedSet, maxVisible),
    [listed, query, selectedSet, maxVisible],
  );
  const activeIndex = Math.min(active, visible.length - 1);
  const toggle = (value: string) => {
    onChange(selectedSet.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
    // The typed text has done its job: clear it so the other options show again.
    if (query) {
      setQuery("");
      setActive(0);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: visible.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(visible.length - 1, target)));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = visible[activeIndex];
      if (option) toggle(option.value);
    } else if (event.key === "Escape" && query) {
      event.preventDefault();
      setQuery("");
    }
  };

  const hidden = listed.length - visible.length;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={`${id}-search`} className="text-sm font-medium">
        {label}
        {selected.length > 0 && (
          <span className="font-normal text-stone-500 dark:text-stone-400">
            {" "}
            ({selected.length} selected)
          </span>
        )}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={visible[activeIndex] ? `${id}-option-${activeIndex}` : undefined}
        placeholder={searchPlaceholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        aria-multiselectable="true"
        className="max-h-64 overflow-y-auto rounded-md border border-stone-200 bg-white text-sm dark:border-stone-800 dark:bg-stone-900"
      >
        {visible.map((option, at) => {
          const isSelected = selectedSet.has(option.value);
          return (
            <li
              key={option.value}
              id={`${id}-option-${at}`}
              role="option"
              aria-selected={isSelected}
              onClick={() => toggle(option.value)}
              onMouseMove={() => setActive(at)}
              className={`flex cursor-pointer items-start gap-2 px-2.5 py-1.5 ${at === activeIndex ? "bg-stone-100 dark:bg-stone-800" : ""} ${option.count === 0 && !isSelected ? "text-stone-500 dark:text-stone-400" : ""}`}
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded border text-[10px] ${isSelected ? "border-accent-700 bg-accent-700 text-white" : "border-stone-400"}`}
              >
                {isSelected ? "✓" : ""}
              </span>
              <span className="min-w-0 flex-1">
                <span className="font-medium">{option.label}</span>
                {(option.description ?? option.descriptionZh) && (
                  <span className="block truncate text-xs text-stone-600 dark:text-stone-400">
                    {option.description}
                    {option.description && option.descriptionZh && " · "}
                    {option.descriptionZh && <ZhText>{option.descriptionZh}</ZhText>}
                  </span>
                )}
              </span>
              <span
                className="tabular-nums text-xs text-stone-600 dark:text-stone-400"
                aria-label={`${option.count} matching`}
              >
                {option.count}
              </span>
            </li>
          );
        })}
        {visible.length === 0 && (
          <li className="px-2.5 py-1.5 text-stone-600 dark:text-stone-400">
            No match for “{query}”
          </li>
        )}
      </ul>
      {pageOf && selected.length > 0 && (
        <ul
          aria-label={`Pages of the chosen ${label.toLocaleLowerCase("en")}`}
          className="flex flex-wrap gap-x-2 text-xs"
        >
          {selected.map((value) => (
            <li key={value}>
              <Link to={pageOf(value)} className="text-accent-700 underline dark:text-accent-100">
                {options.find((option) => option.value === value)?.label ?? value}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && visible.length >= maxVisible && (
        <p className="text-xs text-stone-500 dark:text-stone-400">
          {hidden} more: type to find them.
        </p>
      )}
      {canShowMore && (
        <label className="flex items-center gap-2 text-xs text-stone-600 dark:text-stone-400">
          <input
            type="checkbox"
            checked={showAll}
            onChange={(event) => setShowAll(event.target.checked)}
            className="h-3.5 w-3.5 accent-accent-700"
          />
          Show every {label.toLocaleLowerCase("en")} ({formatCount(options.length)}), also those not
          in the data
        </label>
      )}
    </div>
  );
}
