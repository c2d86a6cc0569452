import { issuerParam, parseListParam, sectorParam, setListParam } from "@/lib/search-params";
import type { PageStateCodec } from "@/lib/search-params";
import { parseTargetYearKey, type TargetYearKey } from "@/domain/targets/target-year";

/** Filters narrow everything on the Targets page: charts and list alike. */
export interface TargetFilters {
  /** Issuing-body ids; a target matches when its policy was issued or co-issued by any of them. */
  issuers: string[];
  sectors: string[];
  years: TargetYearKey[];
  quantitativeOnly: boolean;
}

export type TargetKind = "quantitative" | "qualitative";

/** What a click on a chart picked: narrows the list below the charts, never the charts. */
export interface TargetFocus {
  sector?: string;
  year?: TargetYearKey;
  /** Any of these issuing bodies: one, or the bodies folded into "Other issuing bodies". */
  issuers?: string[];
  kind?: TargetKind;
  target?: string;
}

/** How the bars of "Targets by sector" are split. */
export type SectorBreakdown = "year" | "issuer";

/** The whole view state of the Targets page, as kept in the URL. */
export interface TargetsView {
  filters: TargetFilters;
  breakdown: SectorBreakdown;
  /** The unit the quantitative chart draws; null picks the first unit in view. */
  unit: string | null;
  focus: TargetFocus;
}

export const EMPTY_TARGET_FILTERS: TargetFilters = {
  issuers: [],
  sectors: [],
  years: [],
  quantitativeOnly: false,
};

export const DEFAULT_TARGETS_VIEW: TargetsView = {
  filters: EMPTY_TARGET_FILTERS,
  breakdown: "year",
  unit: null,
  focus: {},
};

const PARAM = {
  year: "year",
  quantitative: "quantitative",
  breakdown: "breakdown",
  unit: "unit",
  focus: "focus",
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseFocus(value: string | null): TargetFocus {
  const focus: TargetFocus = {};
  for (const part of parseListParam(value)) {
    const [key, text = ""] = part.split(":", 2);
    if (key === "year") {
      const year = parseTargetYearKey(text);
      if (year) focus.year = year;
    } else if (key === "kind") {
      if (text === "quantitative" || text === "qualitative") focus.kind = text;
    } else if (key === "issuer" && SLUG.test(text)) {
      focus.issuers = [...(focus.issuers ?? []), text];
    } else if ((key === "sector" || key === "target") && SLUG.test(text)) {
      focus[key] = text;
    }
  }
  return focus;
}

function toFocusParam(focus: TargetFocus): string[] {
  const single = (key: "sector" | "year" | "kind" | "target") => {
    const value = focus[key];
    return value === undefined ? [] : [`${key}:${value}`];
  };
  return [
    ...single("sector"),
    ...single("year"),
    ...(focus.issuers ?? []).map((id) => `issuer:${id}`),
    ...single("kind"),
    ...single("target"),
  ];
}

/**
 * Reads the Targets page state from the URL. Unknown or malformed values fall back to the
 * defaults, so a hand-edited or outdated link still opens a working page.
 */
export function parseTargetsView(params: URLSearchParams): TargetsView {
  const unit = params.get(PARAM.unit)?.trim();
  return {
    filters: {
      issuers: issuerParam.parse(params),
      sectors: sectorParam.parse(params),
      years: parseListParam(params.get(PARAM.year)).flatMap((text) => {
        const year = parseTargetYearKey(text);
        return year ? [year] : [];
      }),
      quantitativeOnly: params.get(PARAM.quantitative) === "1",
    },
    breakdown: params.get(PARAM.breakdown) === "issuer" ? "issuer" : "year",
    unit: unit ? unit : null,
    focus: parseFocus(params.get(PARAM.focus)),
  };
}

/** Writes the Targets page state to URL parameters; the exact inverse of `parseTargetsView`. */
export function toTargetsSearchParams(view: TargetsView): URLSearchParams {
  const params = new URLSearchParams();
  issuerParam.write(params, view.filters.issuers);
  sectorParam.write(params, view.filters.sectors);
  setListParam(params, PARAM.year, view.filters.years);
  if (view.filters.quantitativeOnly) params.set(PARAM.quantitative, "1");
  if (view.breakdown !== DEFAULT_TARGETS_VIEW.breakdown)
    params.set(PARAM.breakdown, view.breakdown);
  if (view.unit) params.set(PARAM.unit, view.unit);
  setListParam(params, PARAM.focus, toFocusParam(view.focus));
  return params;
}

/** The Targets page's state in the URL. */
export const targetsViewCodec: PageStateCodec<TargetsView> = {
  names: [issuerParam.name, sectorParam.name, ...Object.values(PARAM)],
  parse: parseTargetsView,
  write: toTargetsSearchParams,
};

/** Whether two chart selections pick the same targets' bar (same parts, same values). */
export function isSameFocus(a: TargetFocus, b: TargetFocus): boolean {
  return toFocusParam(a).join(",") === toFocusParam(b).join(",");
}
