/** URL parameter for the issuing-body filter, shared by every page that filters by issuer. */
export const ISSUER_PARAM = "issuer";
