import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSettledValue } from "@/components/deferred/use-settled-value";

const restAfterTyping = (settled: string, next: string) => (next.startsWith(settled) ? 300 : 0);

describe("useSettledValue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts at the value", () => {
    const { result } = renderHook(() => useSettledValue("a", restAfterTyping));
    expect(result.current).toBe("a");
  });

  it("takes a change only once it has rested for its delay", () => {
    const { result, rerender } = renderHook(
      ({ value }) => useSettledValue(value, restAfterTyping),
      {
        initialProps: { value: "j" },
      },
    );
    rerender({ value: "jo" });
    act(() => {
      vi.advanceTimersByTime(200);
    });
    rerender({ value: "joi" });
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(result.current).toBe("j");
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(result.current).toBe("joi");
  });

  it("takes a change whose delay is 0 in the next task", () => {
    const { result, rerender } = renderHook(
      ({ value }) => useSettledValue(value, restAfterTyping),
      {
        initialProps: { value: "joint" },
      },
    );
    rerender({ value: "order" });
    expect(result.current).toBe("joint");
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe("order");
  });
});
