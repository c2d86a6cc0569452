import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { screen, within } from "@testing-library/react";
import { loadDiskDataset, MANY_BRIEFS_DATA_DIR } from "../../../tests/disk-dataset";
import { renderApp } from "../../../tests/render";
import expected from "../../../tests/fixtures/many-briefs.expected.json";

const latest = expected.miitInLatestMonth;
let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
  // The route loads on demand; loading it here keeps the first test about the page, not the import.
  await import("@/app/routes/body");
});

// Charts of 24 briefs take a few seconds to render in jsdom on a busy machine.
describe("an issuing body's page on many briefs", { timeout: 20_000 }, () => {
  it("names the body and charts its documents by month, lead and co-issued, with the data", async () => {
    const { user } = renderApp({
      url: "/bodies/miit",
      dataset,
    });
    expect(
      await screen.findByRole(
        "heading",
        {
          level: 1,
          name: "Ministry of Industry and Information Technology",
        },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("工业和信息化部")).toBeInTheDocument();
    const chart = screen.getByRole("figure", { name: "Documents of MIIT by month" });
    await user.click(within(chart).getByRole("button", { name: "Show data" }));
    const row = within(chart).getByRole("row", { name: new RegExp(`^${latest.label}`) });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([latest.label, String(latest.lead), String(latest.coIssuer)]);
    const partners = screen.getByRole("region", { name: "Co-issues most with" });
    expect(within(partners).getByRole("link", { name: latest.coIssuerNamed })).toHaveAttribute(
      "href",
      "/bodies/cnipa",
    );
    expect(screen.getByRole("figure", { name: "Targets of MIIT by deadline year" })).toBeVisible();
  });

  it("lists documents dated only to a year apart from the months, in words and in the data", async () => {
    // Every MIIT document re-dated to its year alone, as the Batke list dates most of its own.
    const yearOnly = {
      ...dataset,
      policies: dataset.policies.map((policy) =>
        policy.issuingBodies.some((body) => body.id === "miit")
          ? {
              ...policy,
              date: {
                ...policy.date,
                iso: String(policy.date.year),
                precision: "year" as const,
                month: null,
                day: null,
              },
            }
          : policy,
      ),
    };
    const { user } = renderApp({ url: "/bodies/miit", dataset: yearOnly });
    const chart = await screen.findByRole(
      "figure",
      { name: "Documents of MIIT by month" },
      { timeout: 10_000 },
    );
    expect(
      within(chart).getByText(/Not drawn: \d+ documents dated only to a year \(\d{4}: /),
    ).toBeVisible();
    expect(within(chart).getByText("No documents to count.")).toBeVisible();
    await user.click(within(chart).getByRole("button", { name: "Show data" }));
    expect(
      within(chart).getAllByRole("row", { name: /^\d{4} \(year only\)/ }).length,
    ).toBeGreaterThan(0);
  });

  it("counts by quarter on request and keeps the choice in the address", async () => {
    const { user, router } = renderApp({
      url: "/bodies/miit",
      dataset,
    });
    await user.click(await screen.findByRole("radio", { name: "Quarter" }));
    const chart = await screen.findByRole("figure", { name: "Documents of MIIT by quarter" });
    expect(router.state.location.search).toBe("?by=quarter");
    await user.click(within(chart).getByRole("button", { name: "Show data" }));
    expect(within(chart).getByRole("row", { name: /^2022 Q4/ })).toBeInTheDocument();
  });

  it("answers an unknown body with the not-found page", async () => {
    renderApp({
      url: "/bodies/no-such-body",
      dataset,
    });
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });
});
