import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * The id the URL's #hash points at, scrolled into view and focused once the page has rendered
 * it: a client-side navigation does not scroll to anchors, and the first load arrives before
 * the brief is on the page.
 */
export function useHashTarget(): string | null {
  const { hash } = useLocation();
  const id = hash ? decodeURIComponent(hash.slice(1)) : null;
  useEffect(() => {
    if (!id) return;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: "start" });
    element.focus({ preventScroll: true });
  }, [id]);
  return id;
}
