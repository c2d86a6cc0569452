import { describe, expect, it } from "vitest";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { RootLayout } from "@/app/root-layout";
import { datasetQueryOptions } from "@/data/dataset-query";
import { allowConsoleError } from "../console-guard";
import { loadShippedDataset } from "../disk-dataset";

function BrokenPage(): never {
  throw new Error("Chart data had an unexpected shape");
}

describe("a page that fails", () => {
  it("shows an error in place of the page while the navigation keeps working", async () => {
    allowConsoleError(/Chart data had an unexpected shape/);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(datasetQueryOptions().queryKey, await loadShippedDataset());
    const router = createMemoryRouter(
      [{ path: "/", Component: RootLayout, children: [{ index: true, Component: BrokenPage }] }],
      { initialEntries: ["/"] },
    );
    render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(
      await screen.findByRole("heading", { name: "This view failed to display" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Chart data had an unexpected shape/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Timeline" })).toBeInTheDocument();
  });
});
