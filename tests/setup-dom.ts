import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { isAllowedConsoleError, resetAllowedConsoleErrors } from "./console-guard";

// Lazy pages and charts load as separate modules; a busy 2-core machine needs more than 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: charts and virtual lists get a fixed size to measure.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver;
Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, value: 800 });
Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, value: 400 });
Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, value: 800 });
Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, value: 400 });
Object.defineProperty(Element.prototype, "scrollIntoView", { configurable: true, value: () => {} });
// jsdom does not scroll: the page's scroll position moves as asked, so window-virtualised lists
// draw the rows a scroll brings into view. The scroll event comes later, as in a browser.
Object.defineProperty(window, "scrollTo", {
  configurable: true,
  value: (x: ScrollToOptions | number, y?: number) => {
    const top = typeof x === "number" ? (y ?? 0) : (x.top ?? window.scrollY);
    Object.defineProperty(window, "scrollY", { configurable: true, value: top });
    setTimeout(() => window.dispatchEvent(new Event("scroll")));
  },
});
const fallbackMatchMedia = (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
if (!("matchMedia" in window)) {
  Object.defineProperty(window, "matchMedia", { configurable: true, value: fallbackMatchMedia });
}

// An unexpected console.error is a bug the user would not see but should not ship.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!isAllowedConsoleError(args.map(String).join(" "))) consoleErrors.push(args);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetAllowedConsoleErrors();
  if (consoleErrors.length > 0) {
    throw new Error(
      `console.error was called:\n${consoleErrors.map((a) => a.map(String).join(" ")).join("\n")}`,
    );
  }
});
