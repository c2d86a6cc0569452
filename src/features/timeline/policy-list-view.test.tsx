import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { buildPolicy } from "../../../tests/factories/policies";
import { PolicyListView } from "@/features/timeline/policy-list-view";
import { renderWithProviders } from "../../../tests/render";

const policies = [
  buildPolicy({ id: "nea-news", date: "2023-03-31", issuers: ["nea"] }),
  buildPolicy({
    id: "cac-rules",
    date: "2023-04-11",
    issuers: ["cac", "miit"],
    kind: "top5",
    headline: "CAC rules",
  }),
];

// The window virtualiser scrolls the window, which jsdom does not implement.
beforeEach(() => {
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
});

describe("PolicyListView", () => {
  it("lists every policy with date, kind, title and issuers, newest first", () => {
    renderWithProviders(
      <PolicyListView policies={policies} sort="date-desc" onSort={() => {}} onOpen={() => {}} />,
    );
    const table = screen.getByRole("table", { name: "2 policies, by date, newest first" });
    const [, first, second] = within(table).getAllByRole("row");
    expect(first).toHaveTextContent("11 Apr 2023Top 5CAC rules");
    expect(second).toHaveTextContent("31 Mar 2023Policy newsPolicy nea-news was issued.NEA");
    expect(within(table).getByRole("columnheader", { name: /Date/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  it("sorts by a column and opens a policy", async () => {
    const onSort = vi.fn();
    const onOpen = vi.fn();
    const { user } = renderWithProviders(
      <PolicyListView policies={policies} sort="date-desc" onSort={onSort} onOpen={onOpen} />,
    );
    await user.click(screen.getByRole("button", { name: /Date/ }));
    expect(onSort).toHaveBeenLastCalledWith("date-asc");
    await user.click(screen.getByRole("button", { name: /Issuing bodies/ }));
    expect(onSort).toHaveBeenLastCalledWith("issuer-asc");
    await user.click(screen.getByRole("button", { name: "CAC rules" }));
    expect(onOpen).toHaveBeenCalledWith("cac-rules");
  });
});
