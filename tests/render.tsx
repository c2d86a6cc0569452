import type { ReactElement } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { routes } from "@/app/router";
import { datasetQueryOptions } from "@/data/dataset-query";
import type { Dataset } from "@/data/model";

function createTestQueryClient(dataset?: Dataset): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (dataset) client.setQueryData(datasetQueryOptions().queryKey, dataset);
  return client;
}

/** Renders one component with a fresh query cache (seeded with `dataset`) and a memory router. */
export function renderWithProviders(
  ui: ReactElement,
  { url = "/", dataset }: { url?: string; dataset?: Dataset } = {},
) {
  return renderRouter(
    createMemoryRouter([{ path: "*", element: ui }], { initialEntries: [url] }),
    dataset,
  );
}

/** Renders the whole app (layout, navigation, lazy pages) at `url` on the given dataset. */
export function renderApp({ url = "/", dataset }: { url?: string; dataset: Dataset }) {
  return renderRouter(createMemoryRouter(routes, { initialEntries: [url] }), dataset);
}

function renderRouter(router: ReturnType<typeof createMemoryRouter>, dataset?: Dataset) {
  return {
    user: userEvent.setup(),
    router,
    ...render(
      <QueryClientProvider client={createTestQueryClient(dataset)}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}
