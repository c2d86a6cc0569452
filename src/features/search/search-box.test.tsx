import { beforeAll, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { SearchBox } from "@/features/search/search-box";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { renderWithProviders } from "../../../tests/render";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

function renderSearchBox() {
  const view = renderWithProviders(<SearchBox />, { dataset });
  return { ...view, input: screen.getByRole("combobox", { name: "Search everything" }) };
}

describe("SearchBox", () => {
  it("lists the NEA's two policy news items when typing NEA", async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, "NEA");
    const policies = await screen.findByRole("group", { name: /Policies/ });
    expect(
      // jsdom spaces a <mark> apart in accessible names: "( NEA )".
      within(policies).getByRole("option", { name: /National Energy Administration.*published/ }),
    ).toBeInTheDocument();
    expect(
      within(policies).getByRole("option", { name: /The NEA outlined its priorities/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("group", { name: /Issuing bodies/ })).toHaveTextContent(
      "National Energy Administration",
    );
  });

  it("finds the foundry opinions by their Chinese title and marks the match", async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, "铸造");
    const policies = await screen.findByRole("group", { name: /Policies/ });
    const option = within(policies).getByRole("option", { name: /Going hammer and tongs/ });
    expect(within(option).getByText("关于推动", { exact: false })).toHaveAttribute(
      "lang",
      "zh-Hans",
    );
    expect(within(option).getAllByText("铸造")[0]?.tagName).toBe("MARK");
  });

  it("moves through the results with the arrows and opens one with Enter", async () => {
    const { user, input, router } = renderSearchBox();
    await user.type(input, "Volkswagen");
    await screen.findByRole("option", { name: /Cariad is setting up a joint venture/ });
    await user.keyboard("{ArrowDown}");
    const companies = screen.getByRole("group", { name: /Companies/ });
    expect(within(companies).getByRole("option", { name: /Volkswagen/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await user.keyboard("{ArrowDown}");
    const news = screen.getByRole("option", { name: /Cariad is setting up a joint venture/ });
    expect(news).toHaveAttribute("aria-selected", "true");
    expect(input).toHaveAttribute("aria-activedescendant", news.id);
    await user.keyboard("{Enter}");
    expect(router.state.location.pathname).toBe("/briefs/2023-05-03-china-industries");
    expect(router.state.location.hash).toBe("#2023-04-13-cariad-thundersoft-jv");
    expect(input).toHaveValue("");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("opens the full results page on Enter with no result chosen", async () => {
    const { user, input, router } = renderSearchBox();
    await user.type(input, "IPv6{Enter}");
    expect(router.state.location.pathname).toBe("/search");
    expect(router.state.location.search).toBe("?q=IPv6");
  });

  it("closes the list with Escape, then clears the query", async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, "MIIT");
    expect(await screen.findByRole("listbox", { name: "Search results" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(input).toHaveValue("MIIT");
    await user.keyboard("{Escape}");
    expect(input).toHaveValue("");
  });

  it("takes the focus on / and on Ctrl+K", async () => {
    const { user, input } = renderSearchBox();
    expect(input).not.toHaveFocus();
    await user.keyboard("/");
    expect(input).toHaveFocus();
    expect(input).toHaveValue("");
    input.blur();
    await user.keyboard("{Control>}k{/Control}");
    expect(input).toHaveFocus();
  });

  it("says when nothing matches", async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, "xylophone");
    expect(await screen.findByText("Nothing found for “xylophone”")).toBeInTheDocument();
  });
});
