import { createBrowserRouter, type RouteObject } from "react-router";
import { RootLayout } from "@/app/root-layout";
import { LoadingState } from "@/components/feedback/loading-state";
import { paths } from "@/config/paths";

/** Pages load on demand, so heavy pieces (charts, export, search) stay out of the first page. */
export const routes: RouteObject[] = [
  {
    path: "/",
    Component: RootLayout,
    HydrateFallback: () => <LoadingState label="Loading the dashboard" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import("@/app/routes/overview")).OverviewPage }),
      },
      {
        path: paths.timeline.path,
        lazy: async () => ({ Component: (await import("@/app/routes/timeline")).TimelinePage }),
      },
      {
        path: paths.targets.path,
        lazy: async () => ({ Component: (await import("@/app/routes/targets")).TargetsPage }),
      },
      {
        path: paths.news.path,
        lazy: async () => ({ Component: (await import("@/app/routes/news")).NewsPage }),
      },
      {
        path: paths.company.path,
        lazy: async () => ({ Component: (await import("@/app/routes/company")).CompanyPage }),
      },
      {
        path: paths.body.path,
        lazy: async () => ({ Component: (await import("@/app/routes/body")).BodyPage }),
      },
      {
        path: paths.briefs.path,
        lazy: async () => ({ Component: (await import("@/app/routes/briefs")).BriefsPage }),
      },
      {
        path: paths.brief.path,
        lazy: async () => ({ Component: (await import("@/app/routes/brief")).BriefPage }),
      },
      {
        path: paths.import.path,
        lazy: async () => ({ Component: (await import("@/app/routes/import")).ImportPage }),
      },
      {
        path: paths.search.path,
        lazy: async () => ({ Component: (await import("@/app/routes/search")).SearchPage }),
      },
      {
        path: "*",
        lazy: async () => ({ Component: (await import("@/app/routes/not-found")).NotFoundPage }),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
