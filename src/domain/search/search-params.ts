import { ISSUER_PARAM } from "@/core/url-params";

/**
 * The search page's URL parameters. Kept apart from the parsing so the header can link to the
 * search page without loading the search code.
 */
export const SEARCH_PARAMS = {
  query: "q",
  kinds: "kind",
  issuers: ISSUER_PARAM,
  sectors: "sector",
  from: "from",
  to: "to",
} as const;
