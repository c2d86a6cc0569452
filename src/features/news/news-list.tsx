import { memo, useEffect, useRef, type ReactNode } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { NewsIndex } from "@/domain/news/news-index";
import { NewsRow, type NewsRowActions } from "@/features/news/news-row";

interface NewsListProps extends NewsRowActions {
  index: NewsIndex;
  positions: Uint32Array;
  terms: readonly string[];
  briefLabels: ReadonlyMap<string, string>;
  /** What to show when no item matches. */
  empty: ReactNode;
}

/** A first guess at a row's height; each row measures itself once drawn. */
const estimateSize = () => 140;

/**
 * The matching items, virtualised: only the rows in view (and a few around them) are in the
 * page, so 100,000 items scroll and re-filter as fast as ten. Rows measure their own height.
 * Rows are keyed by place, not by item: the virtualizer then keeps its measurements across a
 * new result instead of walking all 100,000 keys again, and a row that changes size re-measures.
 * Memoised: a render of the page that leaves the result alone (the URL catching up with typing,
 * the chart following) does not redraw the rows.
 */
export const NewsList = memo(function NewsList({
  index,
  positions,
  terms,
  briefLabels,
  empty,
  ...actions
}: NewsListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: positions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
  });

  // A new result starts at its top, not somewhere in the middle of the old one. The virtualizer
  // knows where the list is scrolled: asking the element would force a layout per keystroke.
  useEffect(() => {
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [positions, virtualizer]);

  if (positions.length === 0) return empty;
  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label="Corporate news items"
      tabIndex={0}
      className="max-h-[70vh] overflow-y-auto rounded-lg border border-stone-200 bg-white px-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <div role="list" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = index.items[positions[row.index] ?? 0];
          if (!item) return null;
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              aria-setsize={positions.length}
              aria-posinset={row.index + 1}
              className="absolute left-0 top-0 w-full"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <NewsRow
                item={item}
                terms={terms}
                briefLabel={briefLabels.get(item.briefId) ?? item.briefId}
                {...actions}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});
