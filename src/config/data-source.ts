/**
 * Where the app reads its data. The default is the shipped data in public/data/. A build can be
 * pointed at another folder with VITE_DATA_URL (e.g. generated scale data for benchmarks).
 */
export function dataBaseUrl(): string {
  const configured = import.meta.env.VITE_DATA_URL ?? `${import.meta.env.BASE_URL}data/`;
  const withSlash = configured.endsWith("/") ? configured : `${configured}/`;
  return new URL(withSlash, globalThis.location?.href ?? "http://localhost/").href;
}
