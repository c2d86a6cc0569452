import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import { useDataset } from "@/data/dataset-query";
import { startInteraction } from "@/lib/perf";
import { QuickSearchPopup, type OptionHandlers } from "@/features/search/quick-search-popup";
import { useQuickSearch } from "@/features/search/use-quick-search";
import { useSearchShortcuts } from "@/features/search/use-search-shortcuts";

const QuickSearchOptions = lazy(async () => ({
  default: (await import("@/features/search/quick-search-options")).QuickSearchOptions,
}));

/**
 * The header's search: a combobox over policies, targets, corporate news, companies, issuing
 * bodies and briefs. Arrows move through the results, Enter opens one (or, with none chosen,
 * the full results page), Escape closes the list and then clears the query.
 */
export function SearchBox() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const { data: dataset } = useDataset();
  const [query, setQuery] = useState("");
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useQuickSearch(dataset, query);
  useSearchShortcuts(input);

  const hrefs = [
    ...(search.result?.groups ?? []).flatMap((group) => group.options.map((o) => o.href)),
    search.allResultsHref,
  ];
  const optionId = (at: number) => `${id}-option-${at}`;
  const isListShown = isOpen && query.trim() !== "";
  const activeIndex = isListShown && active < hrefs.length ? active : -1;

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
  }, [id, activeIndex]);

  const go = (href: string) => {
    setOpen(false);
    setQuery("");
    setActive(-1);
    input.current?.blur();
    void navigate(href);
  };
  const handlers: OptionHandlers = { optionId, activeIndex, onActivate: setActive, onChoose: go };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hrefs.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      // The input itself (-1) is one stop of the cycle, so the arrows wrap through it.
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(((activeIndex + 1 + step + count + 1) % (count + 1)) - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const href =
        activeIndex >= 0 ? hrefs[activeIndex] : query.trim() ? search.allResultsHref : null;
      if (href) go(href);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (isListShown) setOpen(false);
      else setQuery("");
      setActive(-1);
    }
  };

  return (
    <div
      className="relative w-full"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search everything
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={isListShown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder="Search policies, companies, 铸造…"
        value={query}
        onFocus={() => {
          search.prepare();
          setOpen(true);
        }}
        onChange={(event) => {
          startInteraction("search:query");
          search.prepare();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="peer w-full rounded-md border border-stone-300 bg-stone-50 py-1.5 pl-3 pr-8 text-sm placeholder:text-stone-500 focus:bg-white dark:border-stone-700 dark:bg-stone-950 dark:placeholder:text-stone-400"
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2 top-1/2 -translate-y-1/2 rounded border border-stone-300 px-1.5 text-xs text-stone-600 peer-focus:hidden dark:border-stone-600 dark:text-stone-400"
      >
        /
      </kbd>
      {isListShown && (
        <QuickSearchPopup
          listId={`${id}-list`}
          status={search.status}
          isStale={search.isStale}
          query={query}
          allResults={{ at: hrefs.length - 1, href: search.allResultsHref }}
          handlers={handlers}
        >
          {search.result && (
            <Suspense fallback={null}>
              <QuickSearchOptions
                listId={`${id}-list`}
                result={search.result}
                handlers={handlers}
              />
            </Suspense>
          )}
        </QuickSearchPopup>
      )}
    </div>
  );
}
