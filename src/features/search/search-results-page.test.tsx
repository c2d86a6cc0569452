import { beforeAll, describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { renderApp } from "../../../tests/render";

let dataset: Dataset;
/** Pages are lazy modules: the first one to load in a busy test run can take a while. */
const LOAD = { timeout: 5000 };
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

describe("the search page", () => {
  it("shows the query's results by kind, each linked to its item", async () => {
    renderApp({ url: "/search?q=NEA", dataset });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Search" }, LOAD),
    ).toBeInTheDocument();
    expect(await screen.findByText("4 results for “NEA”", {}, LOAD)).toBeInTheDocument();
    const policies = screen.getByRole("region", { name: "Policies (3)" });
    expect(
      within(policies).getByRole("link", { name: /The NEA outlined its priorities/ }),
    ).toHaveAttribute("href", "/timeline?item=2023-04-14-nea-2023-priorities");
    expect(within(policies).getAllByRole("link", { name: "In the brief" })[0]).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/briefs\/2023-05-03-china-industries#/),
    );
    expect(screen.getByRole("region", { name: "Issuing bodies (1)" })).toBeInTheDocument();
  });

  it("offers a corporate news item in its brief and the news of its companies", async () => {
    renderApp({ url: "/search?q=VW", dataset });
    const news = await screen.findByRole("region", { name: "Corporate news (1)" }, LOAD);
    expect(within(news).getByRole("link", { name: /Cariad is setting up/ })).toHaveAttribute(
      "href",
      "/briefs/2023-05-03-china-industries#2023-04-13-cariad-thundersoft-jv",
    );
    expect(
      within(news).getByRole("link", { name: "Corporate news of Volkswagen, Cariad, ThunderSoft" }),
    ).toHaveAttribute("href", "/news?company=volkswagen%2Ccariad%2Cthundersoft");
  });

  it("keeps the query and the filters in the URL", async () => {
    const { user, router } = renderApp({ url: "/search?q=MIIT", dataset });
    await screen.findByText(/results for “MIIT”/, {}, LOAD);
    await user.click(screen.getByRole("checkbox", { name: /Issuing bodies/ }));
    expect(router.state.location.search).toBe("?q=MIIT&kind=issuer");
    expect(screen.queryByRole("region", { name: /Policies/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove filter Issuing bodies" }));
    await user.type(screen.getByRole("combobox", { name: /Issuing body/ }), "能源");
    await user.click(screen.getByRole("option", { name: /NEA/ }));
    expect(router.state.location.search).toBe("?q=MIIT&issuer=nea");
    expect(await screen.findByText("1 result for “MIIT”", {}, LOAD)).toBeInTheDocument();
    const query = screen.getByRole("searchbox", { name: "Search for" });
    await user.clear(query);
    await user.type(query, "铸造");
    // Typing reaches the URL once it rests, replacing the entry.
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        q: "铸造",
        issuer: "nea",
      }),
    );
    expect(await screen.findByText("Nothing found for “铸造”", {}, LOAD)).toBeInTheDocument();
  });

  it("asks for a word when the query is empty", async () => {
    renderApp({ url: "/search", dataset });
    expect(await screen.findByText("Type a word to search", {}, LOAD)).toBeInTheDocument();
  });
});
