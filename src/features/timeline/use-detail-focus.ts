import { useCallback, useEffect, useRef } from "react";
import type { UpdateTimeline } from "@/features/timeline/use-timeline-state";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Opens and closes the details of a policy through the URL (?item=…), and returns focus on
 * close to what opened it: the mark or row if it is still there, else any mark of the policy.
 */
export function useDetailFocus(item: string | null, update: UpdateTimeline) {
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  const closing = useRef<string | null>(null);

  const open = useCallback(
    (policyId: string) => {
      const active = document.activeElement;
      opener.current =
        active instanceof HTMLElement || active instanceof SVGElement ? active : null;
      update({ item: policyId });
    },
    [update],
  );

  const close = useCallback(() => {
    closing.current = item;
    update({ item: null });
  }, [item, update]);

  useEffect(() => {
    const closed = closing.current;
    if (item !== null || closed === null) return;
    closing.current = null;
    const previous = opener.current;
    opener.current = null;
    if (previous?.isConnected) {
      previous.focus();
      return;
    }
    if (!SLUG.test(closed)) return;
    document.querySelector<HTMLElement | SVGElement>(`[data-policy="${closed}"]`)?.focus();
  }, [item]);

  return { open, close };
}
