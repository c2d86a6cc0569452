import { describe, expect, it } from "vitest";
import { PostingStore, TermCounter, type Postings } from "@/domain/search/posting-store";

const plain = ({ docs, weights }: Postings) => ({ docs: [...docs], weights: [...weights] });

function drained(counter: TermCounter): [number, number][] {
  const visited: [number, number][] = [];
  counter.drain((id, value) => visited.push([id, value]));
  return visited;
}

describe("TermCounter", () => {
  it("sums what is added per term and visits each term once", () => {
    const counter = new TermCounter();
    counter.add(3, 1);
    counter.add(7, 0.5);
    counter.add(3, 2);
    expect(drained(counter)).toEqual([
      [3, 3],
      [7, 0.5],
    ]);
  });

  it("counts term ids beyond its first thousand, and starts again from zero after a drain", () => {
    const counter = new TermCounter();
    counter.add(1024, 1.5);
    counter.add(5000, 2);
    counter.add(1024, 1);
    expect(drained(counter)).toEqual([
      [1024, 2.5],
      [5000, 2],
    ]);
    counter.add(1024, 4);
    expect(drained(counter)).toEqual([[1024, 4]]);
  });
});

describe("PostingStore", () => {
  it("lays out each term's records and weights in the order they were added", () => {
    const store = new PostingStore();
    store.add(0, 5, 0.5);
    store.add(1, 7, 1);
    store.add(0, 9, 2);
    store.add(1, 8, 3);
    expect(store.toPostings(3).map(plain)).toEqual([
      { docs: [5, 9], weights: [0.5, 2] },
      { docs: [7, 8], weights: [1, 3] },
      { docs: [], weights: [] },
    ]);
  });

  it("keeps every posting past its first 65,536", () => {
    const store = new PostingStore();
    const count = 70_000;
    for (let doc = 0; doc < count; doc += 1) store.add(doc % 2, doc, 1);
    const [even, odd] = store.toPostings(2);
    expect(even?.docs.length).toBe(count / 2);
    expect(odd?.docs.length).toBe(count / 2);
    expect(even?.docs[count / 2 - 1]).toBe(count - 2);
    expect(odd?.docs[count / 2 - 1]).toBe(count - 1);
  });
});
