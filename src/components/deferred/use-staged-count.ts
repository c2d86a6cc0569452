import { useEffect, useState } from "react";
import { afterNextFrame } from "@/components/deferred/after-next-frame";

/**
 * How many of `total` heavy parts of a page to render now: the first at once, then one more in
 * each later browser task, after the previous one committed and was drawn. Each part (a Recharts chart, a
 * virtualised list) then costs a task of its own, where together they made one long task that
 * blocked input while the page first drew (Lighthouse's total blocking time). Stage parts top
 * to bottom and keep a later part's place reserved, so its arrival moves nothing on screen.
 */
export function useStagedCount(total: number): number {
  const [count, setCount] = useState(1);
  useEffect(() => {
    if (count >= total) return;
    return afterNextFrame(() => setCount(count + 1));
  }, [count, total]);
  return Math.min(count, total);
}
