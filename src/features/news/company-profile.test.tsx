import { beforeAll, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { renderApp } from "../../../tests/render";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
  // Load the lazy pages up front: the tests are about behaviour, not module loading time.
  await Promise.all([import("@/app/routes/company"), import("@/app/routes/news")]);
});

describe("the company page", () => {
  it("shows the company's names, home country, units and news", async () => {
    renderApp({ url: "/companies/volkswagen", dataset });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Volkswagen" }),
    ).toBeInTheDocument();
    expect(screen.getByText("大众汽车")).toHaveAttribute("lang", "zh-Hans");
    expect(screen.getByText("德国")).toHaveAttribute("lang", "zh-Hans");
    // The first fact listed is the home country, its name beside its flag.
    const country = screen.getAllByRole("definition")[0] as HTMLElement;
    expect(country).toHaveTextContent(/^Germany \(DE\) 德国$/);
    expect(within(country).getByTestId("flag-DE")).toBeInTheDocument();
    expect(screen.getByText(/VW/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Cariad" })).toHaveAttribute(
      "href",
      "/companies/cariad",
    );
    expect(screen.getAllByRole("article")).toHaveLength(1);
    expect(screen.getByRole("link", { name: "Explore with filters and chart" })).toHaveAttribute(
      "href",
      "/news?company=volkswagen",
    );
  });

  it("marks a home country the brief does not state as an annotation", async () => {
    renderApp({ url: "/companies/cariad", dataset });
    await screen.findByRole("heading", { level: 1, name: "Cariad" });
    const country = screen.getAllByRole("definition")[0];
    expect(country).toHaveTextContent(/^Germany \(DE\) 德国/);
    expect(country).toHaveTextContent(
      "Home country is an annotation: from public knowledge, not stated in the brief",
    );
    expect(screen.getByRole("link", { name: "Volkswagen" })).toBeInTheDocument();
  });

  it("opens the news explorer filtered by a country chip", async () => {
    const { user, router } = renderApp({ url: "/companies/cma-cgm", dataset });
    const item = await screen.findByRole("article");
    await user.click(within(item).getByRole("button", { name: /^Filter by home country China/ }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Corporate news" }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe("?country=CN");
  });

  it("answers an unknown company with the not-found page", async () => {
    renderApp({ url: "/companies/nobody", dataset });
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });
});
