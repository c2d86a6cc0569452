/** Names as a reader would list them: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  const last = names[names.length - 1] ?? "";
  return names.length <= 1 ? last : `${names.slice(0, -1).join(", ")} and ${last}`;
}
