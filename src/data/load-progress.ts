import { useSyncExternalStore } from "react";
import type { LoadProgress } from "@/data/load-dataset";

// Progress lives beside the query cache, not in it: a query holds data, not its loading steps.
let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

/** Records how far the dataset's load has come; null when no load is under way. */
export function setLoadProgress(progress: LoadProgress | null): void {
  current = progress;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Files fetched of the dataset being loaded, or null before the manifest is read. */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(subscribe, () => current);
}
