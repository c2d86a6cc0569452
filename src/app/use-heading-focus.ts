import { useEffect, useRef, type RefObject } from "react";
import { useLocation } from "react-router";

/**
 * After a move to another page, focus goes to that page's h1, so a screen reader announces the
 * page and Tab starts from its top (a client-side navigation otherwise leaves focus on the link
 * clicked). The first load keeps the browser's focus; a #hash link leaves it to its target. A
 * page that draws its heading later (lazy parts, loading states) gets it when the h1 appears.
 */
export function useHeadingFocus(main: RefObject<HTMLElement | null>) {
  const { pathname, hash } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const root = main.current;
    if (hash || !root) return;
    const focusHeading = () => {
      const heading = root.querySelector("h1");
      if (!heading) return false;
      // Headings are not in the Tab order; -1 makes this one focusable by script only.
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, hash, main]);
}
