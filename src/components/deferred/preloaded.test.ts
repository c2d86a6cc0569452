import { describe, expect, it, vi } from "vitest";
import { preloaded } from "@/components/deferred/preloaded";

describe("preloaded", () => {
  it("starts the download at once, and every call shares it", async () => {
    const load = vi.fn(() => Promise.resolve({ Plot: "plot" }));
    const loadPlot = preloaded(load);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(loadPlot()).resolves.toEqual({ Plot: "plot" });
    await expect(loadPlot()).resolves.toEqual({ Plot: "plot" });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("gives a failed download's error to a call made meanwhile, and starts it again after", async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce("plot");
    const loadPlot = preloaded(load);
    await expect(loadPlot()).rejects.toThrow("offline");
    await expect(loadPlot()).resolves.toBe("plot");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
