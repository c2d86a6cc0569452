import { ISSUER_PARAM } from "@/core/url-params";

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

/**
 * A typed URL parameter: its name and an exact parse/write pair, shared by name by every page
 * that reads it. Written by hand rather than with nuqs (2.x, which has a react-router adapter):
 * nuqs keeps each parameter in a React hook, while our page state is parsed and written by pure
 * domain functions that also serve as memo keys and run in benchmarks without React.
 */
export interface ParamCodec<T> {
  readonly name: string;
  parse(params: URLSearchParams): T;
  /** Sets the parameter, or removes it for the default value, so URLs stay short. */
  write(params: URLSearchParams, value: Readonly<T>): void;
}

/** A comma-separated list of ids under one parameter name. */
export function listParam(name: string): ParamCodec<string[]> {
  return {
    name,
    parse: (params) => parseListParam(params.get(name)),
    write: (params, values) => setListParam(params, name, values),
  };
}

/** The issuing-body filter: one codec for the header and every page that filters by issuer. */
export const issuerParam = listParam(ISSUER_PARAM);

/** The sector filter, named alike on every page. */
export const sectorParam = listParam("sector");

/**
 * A page's whole view state as URL parameters: the parameters it owns (others in the URL are
 * left alone) and an exact parse/write pair, round-trip tested. `useUrlState` keeps it.
 */
export interface PageStateCodec<T> {
  readonly names: readonly string[];
  parse(params: URLSearchParams): T;
  /** The state's parameters, defaults left out so URLs stay short. */
  write(state: T): URLSearchParams;
}
