import { beforeAll, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { buildPolicy } from "../../../tests/factories/policies";
import { renderApp } from "../../../tests/render";

let dataset: Dataset;
/** Pages are lazy modules: the first one to load in a busy test run can take a while. */
const LOAD = { timeout: 5000 };
beforeAll(async () => {
  dataset = await loadShippedDataset();
});
const BRIEF = "/briefs/2023-05-03-china-industries";

/** The innermost list item holding `text`: a bullet, a news item. */
function listItemWith(container: HTMLElement, text: string): HTMLElement {
  const items = within(container)
    .getAllByRole("listitem")
    .filter((item) => item.textContent?.includes(text));
  const innermost = items.at(-1);
  if (!innermost) throw new Error(`no list item holds “${text}”`);
  return innermost;
}

describe("the brief reader", () => {
  it("lays out the Top 5 as in the brief, with issuers linked to their pages", async () => {
    renderApp({ url: BRIEF, dataset });
    expect(
      await screen.findByRole("heading", { level: 1, name: "MERICS China Industries" }, LOAD),
    ).toBeInTheDocument();
    const article = screen.getByRole("article", { name: /1\. Going hammer and tongs/ });
    expect(within(article).getByText("At a glance:")).toBeInTheDocument();
    expect(within(article).getByText("MERICS comment:")).toBeInTheDocument();
    expect(within(article).getByText("关于推动铸造和锻压行业高质量发展的指导意见")).toHaveAttribute(
      "lang",
      "zh-Hans",
    );
    const issuers = within(article).getByRole("list", { name: "Issuing bodies" });
    expect(
      within(issuers)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["MIIT", "NDRC", "MEE"]);
    expect(within(issuers).getByRole("link", { name: "MIIT" })).toHaveAttribute(
      "href",
      "/bodies/miit",
    );
  });

  it("puts each target under the bullet that sets it, with its own anchor", async () => {
    renderApp({ url: BRIEF, dataset });
    const article = await screen.findByRole(
      "article",
      { name: /1\. Going hammer and tongs/ },
      LOAD,
    );
    // One bullet, one target, both of its figures (until issue 14 it showed two targets).
    const bullet = listItemWith(article, "Reduce particulate matter pollution");
    expect(within(bullet).getAllByText("Target")).toHaveLength(1);
    expect(
      within(bullet).getByText(
        /Reduce by more than 30 percent compared to 2020 · Reduce by 5 percent compared to 2020/,
      ),
    ).toHaveAttribute("id", "2023-04-14-foundry-forging-opinions-t2");
  });

  it("links companies to their pages and countries to the news filter, marking annotations", async () => {
    renderApp({ url: BRIEF, dataset });
    const section = await screen.findByRole("region", { name: "Corporate news" }, LOAD);
    const item = listItemWith(section, "Cariad is setting up a joint venture");
    expect(within(item).getByRole("link", { name: "Volkswagen" })).toHaveAttribute(
      "href",
      "/companies/volkswagen",
    );
    expect(within(item).getAllByRole("link", { name: "Germany" })[0]).toHaveAttribute(
      "href",
      "/news?country=DE",
    );
    expect(within(item).getByText(/Home country is an annotation/)).toBeInTheDocument();
    // Source labels as printed: no address was kept, so no link.
    expect(within(item).getByText("Reuters article")).not.toHaveAttribute("href");
  });

  it("says where each corporate news item happens, linked to the news happening there", async () => {
    renderApp({ url: BRIEF, dataset });
    const section = await screen.findByRole("region", { name: "Corporate news" }, LOAD);
    // "Tesla announced plans to open a factory in Shanghai": a US company, a place in China.
    const tesla = listItemWith(section, "Tesla announced plans");
    expect(tesla).toHaveTextContent(/Where:\s*Shanghai, China/);
    expect(
      within(tesla).getByRole("link", { name: "Where it happens: Shanghai, China" }),
    ).toHaveAttribute("href", "/news?country=CN&countryof=place");
    // The brief names Shanghai; that it is in China is an annotation.
    expect(tesla).toHaveTextContent(/The country of Shanghai is an annotation/);
    const granges = listItemWith(section, "Gränges and China’s largest producer");
    // "… a JV to make aluminum alloy parts for EVs in China": stated by the brief, so no annotation mark on the place.
    expect(granges).toHaveTextContent(/Where:\s*China/);
    expect(within(granges).getByRole("link", { name: "Where it happens: China" })).toHaveAttribute(
      "href",
      "/news?country=CN&countryof=place",
    );
    expect(granges).not.toHaveTextContent(/Where it happens is an annotation|The country of/);
    // The brief names no place for the container ship order: no "Where".
    expect(listItemWith(section, "16 large container ships")).not.toHaveTextContent("Where:");
  });

  it("names each source as the brief does, and never shows a bare 'Link' as one", async () => {
    renderApp({ url: BRIEF, dataset });
    const section = await screen.findByRole("region", { name: "Corporate news" }, LOAD);
    const tesla = listItemWith(section, "Tesla announced plans");
    expect(tesla).toHaveTextContent("Source: Reuters article, Xinhua article");
    const article = screen.getByRole("article", { name: /1\. Going hammer and tongs/ });
    expect(article).toHaveTextContent(/Article\s*Guiding Opinions on Promoting/);
    expect(screen.queryByText("Link")).not.toBeInTheDocument();
    expect(screen.queryByText(/Source:\s*Link/)).not.toBeInTheDocument();
  });

  it("lands on the item a link points at", async () => {
    renderApp({ url: `${BRIEF}#2023-04-13-cariad-thundersoft-jv`, dataset });
    const section = await screen.findByRole("region", { name: "Corporate news" }, LOAD);
    const item = listItemWith(section, "Cariad is setting up a joint venture");
    expect(item).toHaveAttribute("data-active", "true");
    // Focus follows in an effect once the page is drawn.
    await waitFor(() => expect(item).toHaveFocus());
  });

  it("lists the policy news with dates, sources and issuers", async () => {
    renderApp({ url: BRIEF, dataset });
    const section = await screen.findByRole("region", { name: "Policy news" }, LOAD);
    const items = within(section)
      .getAllByRole("listitem")
      .filter((li) => li.id);
    expect(items).toHaveLength(8);
    expect(items[0]).toHaveTextContent(/28 March 2023:.*automotive chip standard.*MIIT notice/);
  });
});

describe("the brief reader on a brief with listed policy documents", () => {
  it("shows them in their own section and contents line, apart from the policy news", async () => {
    const [brief, ...others] = dataset.briefs;
    if (!brief) throw new Error("the shipped data has no brief");
    // A synthetic listed document, as a CSV list brings them.
    const title = "合成国务院关于测试的通知";
    const listed = buildPolicy({
      id: "synthetic-listed-document",
      briefId: brief.id,
      kind: "document",
      summary: title,
      title: { en: null, zh: title, number: "合成发〔2013〕1号", stage: null },
    });
    renderApp({
      url: BRIEF,
      dataset: {
        ...dataset,
        briefs: [{ ...brief, policies: [...brief.policies, listed] }, ...others],
      },
    });
    const section = await screen.findByRole("region", { name: "Policy documents" }, LOAD);
    expect(listItemWith(section, title)).toHaveTextContent("Issued by MIIT");
    const news = screen.getByRole("region", { name: "Policy news" });
    expect(within(news).queryByText(title)).not.toBeInTheDocument();
    expect(
      within(screen.getByRole("navigation", { name: "Contents" })).getByRole("link", {
        name: "Policy documents (1)",
      }),
    ).toHaveAttribute("href", `${BRIEF}#documents`);
  });
});

describe("the brief reader on a brief of thousands of items", () => {
  /** The shipped brief with its corporate news repeated under new ids (synthetic, for size). */
  function withManyNews(count: number): Dataset {
    const [brief, ...others] = dataset.briefs;
    if (!brief) throw new Error("the shipped data has no brief");
    const [news] = brief.corporateNews;
    if (!news) throw new Error("the shipped brief has no corporate news");
    const many = Array.from({ length: count }, (_, at) => ({
      ...news,
      id: `synthetic-news-${at}`,
      text: `Synthetic item ${at}`,
    }));
    return { ...dataset, briefs: [{ ...brief, corporateNews: many }, ...others] };
  }

  it("draws only the items in view, telling assistive technology how many there are", async () => {
    renderApp({ url: BRIEF, dataset: withManyNews(3000) });
    const section = await screen.findByRole("region", { name: "Corporate news" }, LOAD);
    const items = within(section).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveTextContent("Synthetic item 0");
    expect(items[0]).toHaveAttribute("aria-setsize", "3000");
  });

  it("lands on an item far down the list that a link points at", async () => {
    // jsdom lays nothing out: the page is given the height the list would make it.
    vi.spyOn(document.documentElement, "scrollHeight", "get").mockReturnValue(1_000_000);
    renderApp({ url: `${BRIEF}#synthetic-news-2500`, dataset: withManyNews(3000) });
    const section = await screen.findByRole("region", { name: "Corporate news" }, LOAD);
    await within(section).findByText("Synthetic item 2500", {}, LOAD);
    await waitFor(() => expect(listItemWith(section, "Synthetic item 2500")).toHaveFocus());
  });
});

describe("the list of briefs", () => {
  it("shows each brief's dates, Top 5 and counts, linking headlines to their anchors", async () => {
    renderApp({ url: "/briefs", dataset });
    const list = await screen.findByRole("list", { name: "Briefs" }, LOAD);
    const card = within(list).getByRole("listitem", { name: "3 May 2023" });
    expect(card).toHaveTextContent("Reporting period 28 March 2023 – 24 April 2023");
    expect(card).toHaveTextContent("5 Top 5 · 8 policy news · 6 corporate news · 20 targets");
    expect(within(card).getByRole("link", { name: /Going hammer and tongs/ })).toHaveAttribute(
      "href",
      `${BRIEF}#2023-04-14-foundry-forging-opinions`,
    );
  });
});
