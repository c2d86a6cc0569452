/** Every route's path and href builder: nobody hand-builds a URL. */
export type SearchInit = Record<string, string | readonly string[] | undefined>;

function withSearch(
  pathname: string,
  search?: SearchInit | URLSearchParams,
  hash?: string,
): string {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams();
  if (search && !(search instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(search)) {
      if (value === undefined || value.length === 0) continue;
      params.set(key, typeof value === "string" ? value : value.join(","));
    }
  }
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

export const paths = {
  overview: { path: "/", href: () => "/" },
  timeline: {
    path: "/timeline",
    href: (search?: SearchInit | URLSearchParams) => withSearch("/timeline", search),
  },
  targets: {
    path: "/targets",
    href: (search?: SearchInit | URLSearchParams) => withSearch("/targets", search),
  },
  news: {
    path: "/news",
    href: (search?: SearchInit | URLSearchParams) => withSearch("/news", search),
  },
  briefs: { path: "/briefs", href: () => "/briefs" },
  brief: {
    path: "/briefs/:briefId",
    href: (briefId: string, anchor?: string) =>
      withSearch(`/briefs/${encodeURIComponent(briefId)}`, undefined, anchor),
  },
  company: {
    path: "/companies/:companyId",
    href: (companyId: string) => `/companies/${encodeURIComponent(companyId)}`,
  },
  body: {
    path: "/bodies/:bodyId",
    href: (bodyId: string, search?: SearchInit) =>
      withSearch(`/bodies/${encodeURIComponent(bodyId)}`, search),
  },
  import: { path: "/import", href: () => "/import" },
  search: {
    path: "/search",
    href: (search?: SearchInit | URLSearchParams) => withSearch("/search", search),
  },
} as const;
