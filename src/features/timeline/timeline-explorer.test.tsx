import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { renderWithProviders } from "../../../tests/render";
import { TimelineExplorer } from "@/features/timeline/timeline-explorer";

const IPV6 = "2023-04-23-ipv6-evolution-opinions";

async function renderTimeline(url = "/timeline") {
  const view = renderWithProviders(<TimelineExplorer />, {
    url,
    dataset: await loadShippedDataset(),
  });
  await screen.findByRole("group", { name: "View" });
  return view;
}

/** The distinct policies drawn on the chart, by their accessible names. */
function drawnPolicies(): string[] {
  const chart = screen.getByRole("group", { name: /^Policy timeline/ });
  const names = within(chart)
    .getAllByRole("button", { name: /^(Top 5|Policy news):/ })
    .map((mark) => (mark.getAttribute("aria-label") ?? "").split(". ")[0] ?? "");
  return [...new Set(names)].sort();
}

// The list view's window virtualiser scrolls the window, which jsdom does not implement.
beforeEach(() => {
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
});

describe("the timeline page", () => {
  it("draws one lane per issuing body and a co-issued document in each co-issuer's lane", async () => {
    await renderTimeline();
    const chart = screen.getByRole("group", { name: /^Policy timeline/ });
    expect(within(chart).getAllByRole("group")).toHaveLength(13);
    expect(
      within(chart).getByRole("group", { name: "NEA, National Energy Administration" }),
    ).toBeInTheDocument();
    const ipv6 = within(chart).getAllByRole("button", { name: /IPv6/ });
    expect(ipv6).toHaveLength(8);
    expect(
      ipv6.filter((mark) => /Lead issuer in this lane/.test(mark.getAttribute("aria-label") ?? "")),
    ).toHaveLength(1);
    expect(drawnPolicies()).toHaveLength(13);
  });

  it("shows exactly NEA's policies when NEA is chosen, with counts and address updated", async () => {
    const { user, router } = await renderTimeline();
    const kinds = screen.getByRole("group", { name: "Kind" });
    expect(within(kinds).getByRole("radio", { name: "Top 5, 5 policies" })).toBeInTheDocument();
    await user.type(screen.getByRole("combobox", { name: "Issuing body" }), "能源局");
    await user.click(screen.getByRole("option", { name: /NEA/ }));

    expect(router.state.location.search).toBe("?issuer=nea");
    expect(drawnPolicies()).toEqual([
      expect.stringMatching(/^Policy news: The NEA outlined its priorities/),
      expect.stringMatching(/^Policy news: The National Energy Administration/),
      expect.stringMatching(/^Top 5: .*IPv6/i),
    ]);
    expect(within(kinds).getByRole("radio", { name: "Top 5, 1 policy" })).toBeInTheDocument();
    expect(
      within(kinds).getByRole("radio", { name: "Policy news, 2 policies" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove filter NEA" })).toBeInTheDocument();
    expect(screen.getByText(/^Issued by NEA ·/)).toBeInTheDocument();
  });

  it("offers and names in the legend only the kinds the data has", async () => {
    await renderTimeline();
    const kinds = screen.getByRole("group", { name: "Kind" });
    expect(within(kinds).getAllByRole("radio")).toHaveLength(3);
    expect(within(kinds).getByRole("radio", { name: /^Policy news/ })).toBeInTheDocument();
    expect(
      within(kinds).queryByRole("radio", { name: /^Policy document/ }),
    ).not.toBeInTheDocument();
    const legend = screen.getByRole("list", { name: "Legend" });
    expect(within(legend).queryByText("Policy document")).not.toBeInTheDocument();
    expect(within(legend).getByText("Policy news")).toBeInTheDocument();
  });

  it("keeps a kind the data lacks on offer while a link has it chosen", async () => {
    await renderTimeline("/timeline?kind=document");
    const kinds = screen.getByRole("group", { name: "Kind" });
    expect(
      within(kinds).getByRole("radio", { name: /^Policy document ?, 0 policies$/ }),
    ).toBeChecked();
  });

  it("opens a policy's details, reads its Chinese title, and closes with Escape back to the mark", async () => {
    const { user, router } = await renderTimeline("/timeline?issuer=nea");
    const [mark] = screen.getAllByRole("button", { name: /IPv6/ });
    if (!mark) throw new Error("no IPv6 mark");
    await user.click(mark);
    const dialog = await screen.findByRole("complementary", { name: /IPv6/ });
    expect(router.state.location.search).toContain(`item=${IPV6}`);
    expect(
      within(dialog).getByText(
        "工业和信息化部等八部门关于推进 IPv6 技术演进和应用创新发展的实施意见",
      ),
    ).toHaveAttribute("lang", "zh-Hans");
    expect(within(dialog).getByText("lead issuer")).toBeInTheDocument();
    expect(within(dialog).getByRole("link", { name: /Read it in the brief/ })).toHaveAttribute(
      "href",
      `/briefs/2023-05-03-china-industries#${IPV6}`,
    );
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("complementary", { name: /IPv6/ })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe("?issuer=nea");
    expect(document.activeElement?.getAttribute("data-policy")).toBe(IPV6);
  });

  it("shows the document's Chinese title and date before its issuing bodies, the filters kept", async () => {
    await renderTimeline(`/timeline?item=${IPV6}`);
    const details = screen.getByRole("complementary", { name: /IPv6/ });
    const text = details.textContent ?? "";
    const at = (part: string) => {
      expect(text).toContain(part);
      return text.indexOf(part);
    };
    const chinese = at("工业和信息化部等八部门关于推进 IPv6 技术演进和应用创新发展的实施意见");
    const date = at("23 April 2023");
    const issuers = at("Issuing bodies");
    expect(chinese).toBeLessThan(date);
    expect(date).toBeLessThan(issuers);
    expect(screen.getByRole("complementary", { name: "Filters" })).toBeInTheDocument();
  });

  it("opens a deep-linked item and says when the filters hide it", async () => {
    await renderTimeline(`/timeline?item=2023-04-14-foundry-forging-opinions&issuer=nea`);
    const dialog = screen.getByRole("complementary", { name: /Going hammer and tongs/ });
    expect(within(dialog).getByText(/current filters hide this policy/)).toBeInTheDocument();
  });

  it("says so when a link names no known policy", async () => {
    await renderTimeline("/timeline?item=no-such-policy");
    expect(screen.getByRole("complementary", { name: "Policy not found" })).toHaveTextContent(
      "no-such-policy",
    );
  });

  it("moves between policies with the arrow keys and opens one with Enter", async () => {
    const { user, router } = await renderTimeline("/timeline?issuer=mof&lead=1");
    const chart = screen.getByRole("group", { name: /^Policy timeline/ });
    const [first, second] = within(chart).getAllByRole("button", { name: /^Policy news/ });
    first?.focus();
    await user.keyboard("{ArrowRight}");
    expect(second).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(router.state.location.search).toContain("item=2023-04-24-mof-energy-subsidy-amendments");
  });

  it("shows the documents a co-issuance cell counts, keeping the other filters", async () => {
    const { user, router } = await renderTimeline("/timeline?view=co-issuance&kind=top5");
    await user.click(await screen.findByRole("gridcell", { name: "MIIT with NDRC: 3 documents" }));
    expect(router.state.location.search).toBe("?kind=top5&issuer=miit%2Cndrc&match=all");
    expect(drawnPolicies()).toHaveLength(3);
  });

  it("explains an empty result and clears every filter at once", async () => {
    const { user, router } = await renderTimeline("/timeline?issuer=nea&kind=top5&q=forging");
    expect(screen.getByText("No policies match these filters")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(router.state.location.search).toBe("");
    expect(await screen.findByRole("group", { name: /^Policy timeline/ })).toBeInTheDocument();
  });
});
