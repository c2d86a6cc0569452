import { beforeAll, describe, expect, it } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { buildNews, day } from "../../../tests/factories/news";
import { NewsExplorer } from "@/features/news/news-explorer";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { renderWithProviders } from "../../../tests/render";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

const render = (url = "/news", data = dataset) =>
  renderWithProviders(<NewsExplorer />, { url, dataset: data });
const items = () => screen.queryAllByRole("article");
/** The search box, once the list (which mounts a task after the chart) is in. */
const searchBox = async () => {
  await screen.findAllByRole("article");
  return screen.getByRole("searchbox", { name: "Search text" });
};
const itemNames = () => items().map((item) => item.getAttribute("aria-label"));

describe("NewsExplorer", () => {
  it("lists every item newest first with its companies and their home countries", async () => {
    render();
    expect(await screen.findByText("6 items")).toBeInTheDocument();
    // The list mounts a task after the chart.
    await screen.findAllByRole("article");
    expect(itemNames()).toEqual([
      "20 April 2023: Huawei",
      "13 April 2023: Volkswagen, Cariad, ThunderSoft",
      "9 April 2023: Tesla",
      "8 April 2023: China State Shipbuilding Corp., CMA CGM",
      "6 April 2023: Airbus, Tianjin Free Trade Zone Investment Company, Aviation Industry Corporation of China",
      "6 April 2023: Gränges, Innovation New Material Technology",
    ]);
    const airbus = screen.getByRole("article", { name: /Airbus/ });
    expect(within(airbus).getAllByRole("listitem")).toHaveLength(3);
    expect(airbus).toHaveTextContent("Source: Airbus press release");
    // Airbus's home country is not in the brief: it is marked as an annotation.
    expect(
      within(airbus).getByRole("button", {
        name: "Filter by home country France (FR), an annotation",
      }),
    ).toHaveTextContent(/^France†/);
    expect(within(airbus).getByRole("link", { name: "Airbus: company page" })).toHaveAttribute(
      "href",
      "/companies/airbus",
    );
  });

  it("shows only the Volkswagen item when Germany is selected", async () => {
    const { user, router } = render();
    await user.type(await screen.findByRole("combobox", { name: "Home country" }), "Germany");
    await user.keyboard("{Enter}");
    expect(itemNames()).toEqual(["13 April 2023: Volkswagen, Cariad, ThunderSoft"]);
    expect(router.state.location.search).toBe("?country=DE");
    expect(screen.getByRole("button", { name: "Remove filter Germany (DE)" })).toBeInTheDocument();
  });

  it("filters by where the news happens, with counts for both readings, and keeps the reading in the URL", async () => {
    const { user, router } = render();
    const china = async () =>
      within(
        await screen.findByRole("listbox", { name: /Home country|Where it happens/ }),
      ).getByRole("option", { name: /China \(CN\)/ });
    expect(await china()).toHaveTextContent("Company from 5 · happening in 3");
    await user.click(screen.getByRole("radio", { name: "Happening in" }));
    expect(router.state.location.search).toBe("?countryof=place");
    await user.click(await china());
    // Tesla is a US company, but its Megapack factory is in Shanghai, China.
    expect(itemNames()).toEqual([
      "9 April 2023: Tesla",
      "6 April 2023: Airbus, Tianjin Free Trade Zone Investment Company, Aviation Industry Corporation of China",
      "6 April 2023: Gränges, Innovation New Material Technology",
    ]);
    expect(router.state.location.search).toBe("?countryof=place&country=CN");
    expect(
      screen.getByRole("button", { name: "Remove filter Happening in China (CN)" }),
    ).toBeInTheDocument();
    const tesla = screen.getByRole("article", { name: "9 April 2023: Tesla" });
    const place = within(tesla).getByRole("button", {
      name: "Filter by where it happens: Shanghai, China (CN)",
    });
    expect(place).toHaveAttribute("aria-pressed", "true");
    // The brief names Shanghai; that Shanghai is in China is an annotation.
    expect(tesla).toHaveTextContent(/The country of Shanghai is an annotation/);
    // A company's home country reads the filter as "company from" again.
    await user.click(
      within(tesla).getByRole("button", { name: /Filter by home country United States/ }),
    );
    expect(itemNames()).toEqual(["9 April 2023: Tesla"]);
    expect(router.state.location.search).toBe("?country=US");
  });

  it("shows the Tesla item when typing Tesla and highlights the match", async () => {
    const { user, router } = render();
    await user.type(await screen.findByRole("searchbox", { name: "Search text" }), "Tesla");
    expect(itemNames()).toEqual(["9 April 2023: Tesla"]);
    const [tesla] = items();
    expect(within(tesla ?? document.body).getAllByText("Tesla", { selector: "mark" })).toHaveLength(
      2,
    );
    expect(screen.getByText("1 of 6 items")).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe("?q=Tesla"));
    // The chart follows the URL, and counts in words a reader would use.
    expect(await screen.findByText(/· 1 item ·/)).toBeInTheDocument();
  });

  it("writes the typed query into the URL once typing rests, replacing the entry", async () => {
    const { router, unmount } = render();
    const box = await searchBox();
    fireEvent.change(box, { target: { value: "container" } });
    // The list follows the keystroke at once; the URL waits for typing to rest.
    expect(itemNames()).toEqual(["8 April 2023: China State Shipbuilding Corp., CMA CGM"]);
    expect(router.state.location.search).toBe("");
    await waitFor(() => expect(router.state.location.search).toBe("?q=container"));
    expect(router.state.historyAction).toBe("REPLACE");
    // A reload reads it back.
    unmount();
    render(`/news${router.state.location.search}`);
    expect(await screen.findByRole("searchbox", { name: "Search text" })).toHaveValue("container");
    expect(await screen.findByText("1 of 6 items")).toBeInTheDocument();
  });

  it("keeps typing that goes on while an earlier query is being written", async () => {
    const { router } = render();
    const box = await searchBox();
    fireEvent.change(box, { target: { value: "ships" } });
    // The write of "ship", from before the last key, lands only now.
    await act(() => router.navigate("/news?q=ship", { replace: true }));
    expect(box).toHaveValue("ships");
    await waitFor(() => expect(router.state.location.search).toBe("?q=ships"));
  });

  it("writes the typed query at once when the search box loses focus", async () => {
    const { user, router } = render();
    await user.type(await searchBox(), "container");
    await user.tab();
    expect(router.state.location.search).toBe("?q=container");
  });

  it("keeps a typed query that a filter chosen before typing rests carries along", async () => {
    const { user, router } = render();
    const box = await searchBox();
    fireEvent.change(box, { target: { value: "ships" } });
    await user.click(screen.getByRole("checkbox", { name: /Cross-border only/ }));
    expect(router.state.location.search).toBe("?q=ships&crossborder=1");
    expect(router.state.historyAction).toBe("PUSH");
    expect(itemNames()).toEqual(["8 April 2023: China State Shipbuilding Corp., CMA CGM"]);
  });

  it("clears a typed query from its chip before it reaches the URL", async () => {
    const { user, router } = render();
    const box = await searchBox();
    fireEvent.change(box, { target: { value: "ships" } });
    await user.click(screen.getByRole("button", { name: "Remove filter Text: ships" }));
    expect(box).toHaveValue("");
    expect(items()).toHaveLength(6);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(router.state.location.search).toBe("");
  });

  it("drops a typed query that back leaves behind", async () => {
    const { user, router } = render();
    const box = await searchBox();
    await user.click(screen.getByRole("checkbox", { name: /Cross-border only/ }));
    fireEvent.change(box, { target: { value: "ships" } });
    await act(() => router.navigate(-1));
    expect(box).toHaveValue("");
    expect(items()).toHaveLength(6);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(router.state.location.search).toBe("");
    await act(() => router.navigate(1));
    expect(router.state.location.search).toBe("?crossborder=1");
    expect(box).toHaveValue("");
    expect(items()).toHaveLength(4);
  });

  it("finds a company by its alias in the company filter", async () => {
    const { user } = render();
    await user.type(await screen.findByRole("combobox", { name: "Company" }), "VW");
    expect(screen.getByRole("option", { name: /Volkswagen/ })).toBeInTheDocument();
    await user.keyboard("{Enter}");
    expect(itemNames()).toEqual(["13 April 2023: Volkswagen, Cariad, ThunderSoft"]);
  });

  it("narrows to a country with one click on its chip, and lifts it with a second", async () => {
    const { user } = render();
    const cssc = await screen.findByRole("article", { name: /CMA CGM/ });
    await user.click(within(cssc).getByRole("button", { name: /^Filter by home country France/ }));
    expect(itemNames()).toEqual([
      "8 April 2023: China State Shipbuilding Corp., CMA CGM",
      "6 April 2023: Airbus, Tianjin Free Trade Zone Investment Company, Aviation Industry Corporation of China",
    ]);
    const pressed = within(screen.getByRole("article", { name: /CMA CGM/ })).getByRole("button", {
      name: /^Filter by home country France/,
    });
    expect(pressed).toHaveAttribute("aria-pressed", "true");
    await user.click(pressed);
    expect(items()).toHaveLength(6);
  });

  it("narrows to a company with one click on its name", async () => {
    const { user, router } = render();
    const airbus = await screen.findByRole("article", { name: /Airbus/ });
    await user.click(
      within(airbus).getByRole("button", {
        name: "Filter by Aviation Industry Corporation of China",
      }),
    );
    expect(items()).toHaveLength(1);
    expect(router.state.location.search).toBe("?company=avic");
  });

  it("keeps cross-border items only, with their count", async () => {
    const { user } = render();
    await user.click(await screen.findByRole("checkbox", { name: /Cross-border only \(4\)/ }));
    expect(items()).toHaveLength(4);
    expect(itemNames().some((name) => name?.includes("Tesla"))).toBe(false);
  });

  it("reads combined filters from the URL and clears them all", async () => {
    const { user, router } = render("/news?country=CN&kind=order,joint-venture&crossborder=1");
    expect(await screen.findByText("3 of 6 items")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove filter Order" }));
    expect(screen.getByText("2 of 6 items")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(items()).toHaveLength(6);
    expect(router.state.location.search).toBe("");
  });

  it("offers a way out of an empty result", async () => {
    const { user } = render("/news?q=zeppelin");
    expect(await screen.findByText("No corporate news matches these filters")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(items()).toHaveLength(6);
  });

  it("ignores companies the registry does not know", async () => {
    render("/news?company=nobody,huawei");
    expect(await screen.findByText("1 of 6 items")).toBeInTheDocument();
  });

  it("sorts by company", async () => {
    const { user, router } = render();
    await user.selectOptions(
      await screen.findByRole("combobox", { name: "Sort by" }),
      "Company A–Z",
    );
    expect(itemNames()[0]).toMatch(/^6 April 2023: Airbus/);
    expect(router.state.location.search).toBe("?sort=company-asc");
  });

  it("summarises the filtered news by country with a data table, and by company", async () => {
    const { user, router } = render("/news?crossborder=1");
    const chart = await screen.findByRole("figure", { name: "Corporate news by home country" });
    expect(within(chart).getByText(/cross-border only · 4 items/)).toBeInTheDocument();
    expect(
      within(chart).getByText("Source: MERICS China Industries, 3 May 2023"),
    ).toBeInTheDocument();
    await user.click(within(chart).getByRole("button", { name: "Show data" }));
    const table = within(chart).getByRole("table");
    expect(
      within(table)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual(["Home countryCodeNews items", "ChinaCN4", "FranceFR2", "GermanyDE1", "SwedenSE1"]);
    await user.click(within(chart).getByRole("radio", { name: "Company" }));
    expect(
      await screen.findByRole("figure", { name: "Corporate news by company" }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe("?crossborder=1&chart=company");
  });

  it("counts the news by the country where it happens, and narrows to it from a bar", async () => {
    const { user, router } = render();
    const byHome = await screen.findByRole("figure", { name: "Corporate news by home country" });
    await user.click(within(byHome).getByRole("radio", { name: "Where it happens" }));
    expect(router.state.location.search).toBe("?chart=place");
    const chart = await screen.findByRole("figure", {
      name: "Corporate news by country where it happens",
    });
    // Three items name no place: no bar holds them, and the chart says so.
    expect(
      within(chart).getByText(/6 items · .*· 3 items with no recorded place not counted/),
    ).toBeInTheDocument();
    await user.click(within(chart).getByRole("button", { name: "Show data" }));
    expect(
      within(within(chart).getByRole("table"))
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual(["Where it happensCodeNews items", "ChinaCN3"]);
    // A bar narrows the list in the same reading: happening in China, Tesla's Shanghai factory too.
    // Clicked right after "Show data", a press outside the plot that dismissed its tooltip: the
    // tooltip's return must not redraw the bar between the press and the click.
    await user.click(within(chart).getByRole("button", { name: "China: 3 news items" }));
    expect(router.state.location.search).toBe("?chart=place&country=CN&countryof=place");
    expect(itemNames()).toContain("9 April 2023: Tesla");
    expect(items()).toHaveLength(3);
    // The chart follows the settled filters, a task after the list.
    await waitFor(() =>
      expect(within(chart).getByRole("button", { name: "China: 3 news items" })).toHaveAttribute(
        "aria-pressed",
        "true",
      ),
    );
  });

  it("renders only the rows in view of a long list", async () => {
    const [company] = dataset.registries.companies;
    const many = Array.from({ length: 2000 }, (_, at) =>
      buildNews({
        id: `n-${at}`,
        briefId: "2023-05-03-china-industries",
        date: day("2023-04-10"),
        text: `Synthetic item ${at}`,
        companies: company ? [company] : [],
      }),
    );
    render("/news", { ...dataset, corporateNews: many });
    expect(await screen.findByText("2,000 items")).toBeInTheDocument();
    expect((await screen.findAllByRole("article")).length).toBeGreaterThan(0);
    expect(items().length).toBeLessThan(20);
  });
});
