import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useStagedCount } from "@/components/deferred/use-staged-count";

describe("useStagedCount", () => {
  it.each([
    { total: 1, first: 1 },
    { total: 3, first: 1 },
    { total: 0, first: 0 },
  ])("renders $first of $total parts at first", ({ total, first }) => {
    const { result } = renderHook(() => useStagedCount(total));
    expect(result.current).toBe(first);
  });

  it("adds one part per task until all are rendered, one commit each", async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const count = useStagedCount(3);
      seen.push(count);
      return count;
    });
    await waitFor(() => expect(result.current).toBe(3));
    expect([...new Set(seen)]).toEqual([1, 2, 3]);
  });
});
