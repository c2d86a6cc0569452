import { useSyncExternalStore } from "react";

/** A module loaded on first demand, whose arrival re-renders the components that use it. */
export interface LazyModule<T> {
  load: () => void;
  subscribe: (listener: () => void) => () => void;
  get: () => T | null;
}

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let isLoading = false;
  const listeners = new Set<() => void>();
  return {
    load: () => {
      if (isLoading) return;
      isLoading = true;
      void importModule().then((module) => {
        loaded = module;
        for (const listener of listeners) listener();
      });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => loaded,
  };
}

export function useLazyModule<T>(module: LazyModule<T>): T | null {
  return useSyncExternalStore(module.subscribe, module.get);
}
