/**
 * `derive`, computed at most once per key object and kept while the key lives. Loaded data never
 * changes (a new load is a new object), so object identity is the whole cache key; a WeakMap lets
 * the value go with its key. The one memo for everything derived from data: datasets, indexes,
 * policies, entities.
 */
export function memoByIdentity<K extends object, V extends NonNullable<unknown> | null>(
  derive: (key: K) => V,
): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * `derive` of a key object and a query, kept for the `capacity` queries of each key used last: a
 * filter a user returns to (undo, deselect, back) costs nothing, and a repeated result is the same
 * object, so what is drawn from it is kept too. `toQueryKey` must tell queries apart exactly.
 */
export function memoByQuery<K extends object, Q, V extends NonNullable<unknown> | null>(
  derive: (key: K, query: Q) => V,
  toQueryKey: (query: Q) => string,
  capacity = 8,
): (key: K, query: Q) => V {
  const caches = new WeakMap<K, Map<string, V>>();
  return (key, query) => {
    let cache = caches.get(key);
    if (!cache) {
      cache = new Map();
      caches.set(key, cache);
    }
    const queryKey = toQueryKey(query);
    const cached = cache.get(queryKey);
    if (cached !== undefined) {
      // Most recently used last: the first entry is the one to evict.
      cache.delete(queryKey);
      cache.set(queryKey, cached);
      return cached;
    }
    const value = derive(key, query);
    cache.set(queryKey, value);
    if (cache.size > capacity) cache.delete(cache.keys().next().value ?? queryKey);
    return value;
  };
}
