import { describe, expect, it, vi } from "vitest";
import { memoByIdentity, memoByQuery } from "./memo-by-identity";

describe("memoByIdentity", () => {
  it("derives once per key object and returns the same value on a second read", () => {
    const derive = vi.fn((key: { n: number }) => ({ double: key.n * 2 }));
    const select = memoByIdentity(derive);
    const key = { n: 2 };
    const first = select(key);
    expect(select(key)).toBe(first);
    expect(first).toEqual({ double: 4 });
    expect(derive).toHaveBeenCalledTimes(1);
  });

  it("derives again for an equal but new key object, as a new load is", () => {
    const derive = vi.fn((key: { n: number }) => ({ n: key.n }));
    const select = memoByIdentity(derive);
    expect(select({ n: 1 })).not.toBe(select({ n: 1 }));
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it("keeps a null result instead of deriving it again", () => {
    const derive = vi.fn(() => null);
    const select = memoByIdentity(derive);
    const key = {};
    select(key);
    select(key);
    expect(derive).toHaveBeenCalledTimes(1);
  });
});

describe("memoByQuery", () => {
  const key = {};

  it("returns the same result object for a query it has seen", () => {
    const derive = vi.fn((_: object, query: string[]) => ({ query: query.join() }));
    const select = memoByQuery(derive, (query) => query.join("|"));
    const first = select(key, ["a", "b"]);
    expect(select(key, ["a", "b"])).toBe(first);
    expect(select(key, ["b"])).not.toBe(first);
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it("forgets the query used longest ago once past its capacity", () => {
    const derive = vi.fn((_: object, query: number) => ({ query }));
    const select = memoByQuery(derive, String, 2);
    const one = select(key, 1);
    select(key, 2);
    select(key, 1); // 1 is now the latest; 2 the oldest
    select(key, 3); // evicts 2
    expect(select(key, 1)).toBe(one);
    expect(derive).toHaveBeenCalledTimes(3);
    select(key, 2);
    expect(derive).toHaveBeenCalledTimes(4);
  });
});
