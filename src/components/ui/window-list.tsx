import {
  Fragment,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";

/** What a row spreads on its own `<li>` so the virtualizer can measure and place it. */
export interface WindowListRow {
  ref: (element: HTMLLIElement | null) => void;
  "data-index": number;
  "aria-setsize": number;
  "aria-posinset": number;
  style: CSSProperties;
}

/**
 * Lists this long or shorter are drawn whole: a real brief has a few dozen items, and printing
 * and the browser's find need every one. Longer lists draw only the rows in view.
 */
export const DRAW_WHOLE_UP_TO = 200;

interface WindowListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** Renders one item as an `<li>`, spreading `row` on it when the list is virtualised. */
  renderItem: (item: T, row?: WindowListRow) => ReactNode;
  /** The item a link points at (-1 for none): a long list scrolls it into view and focuses it. */
  activeIndex: number;
  /** The id of the element to focus once the active item is drawn. */
  activeId: string | null;
  /** Classes of the whole list (spacing between its items). */
  className?: string;
}

/** A list in the page's own scroll: whole when short, virtualised when long. */
export function WindowList<T>(props: WindowListProps<T>) {
  if (props.items.length <= DRAW_WHOLE_UP_TO) {
    return (
      <ul className={props.className}>
        {props.items.map((item) => (
          <Fragment key={props.keyOf(item)}>{props.renderItem(item)}</Fragment>
        ))}
      </ul>
    );
  }
  return <VirtualWindowList {...props} />;
}

/** A first guess at a row's height; each row measures itself once drawn. */
const estimateSize = () => 96;

function VirtualWindowList<T>({
  items,
  keyOf,
  renderItem,
  activeIndex,
  activeId,
}: WindowListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  // Where the list starts in the page; content above it (another long list) changes size.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : keyOf(item);
    },
  });

  // useHashTarget finds no element for an item not drawn yet: scroll to it, and focus it when a
  // render draws it (again, if scrolling redrew it) while nothing else has the focus.
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: "start" });
  }, [activeIndex, virtualizer]);
  useEffect(() => {
    if (!activeId || document.activeElement !== document.body) return;
    document.getElementById(activeId)?.focus({ preventScroll: true });
  });

  return (
    <ul ref={listRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <Fragment key={row.key}>
            {renderItem(item, {
              ref: virtualizer.measureElement,
              "data-index": row.index,
              "aria-setsize": items.length,
              "aria-posinset": row.index + 1,
              style: {
                position: "absolute",
                top: 0,
                left: 0,
                width: "100%",
                // Margins between absolutely placed rows would overlap them: a row pads instead.
                paddingBottom: "1rem",
                transform: `translateY(${row.start - scrollMargin}px)`,
              },
            })}
          </Fragment>
        );
      })}
    </ul>
  );
}
