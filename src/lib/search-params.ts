/** A comma-separated list parameter ("miit,ndrc") as ids: trimmed, de-duplicated, no empties. */
export function parseListParam(value: string | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** Writes a list parameter, or removes it when the list is empty, so URLs stay short. */
export function setListParam(params: URLSearchParams, name: string, values: readonly string[]) {
  if (values.length === 0) params.delete(name);
  else params.set(name, values.join(","));
}
