import { useState } from "react";
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FacetMultiSelect } from "@/components/filters/facet-multi-select";
import { renderWithProviders } from "../../../tests/render";
import type { FacetOption } from "@/domain/facets/match-facet-options";

const options: FacetOption[] = [
  {
    value: "miit",
    label: "MIIT",
    description: "Ministry of Industry and Information Technology",
    descriptionZh: "工业和信息化部",
    keywords: ["Ministry of Industry and Information Technology", "工业和信息化部"],
    count: 4,
    occurs: true,
  },
  {
    value: "nea",
    label: "NEA",
    description: "National Energy Administration",
    descriptionZh: "国家能源局",
    keywords: ["National Energy Administration", "国家能源局"],
    count: 2,
    occurs: true,
  },
  {
    value: "pboc",
    label: "PBOC",
    description: "People's Bank of China",
    keywords: ["People's Bank of China", "中国人民银行"],
    count: 0,
    occurs: false,
  },
];

function Harness({ pageOf }: { pageOf?: (value: string) => string }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <>
      <FacetMultiSelect
        label="Issuing body"
        options={options}
        selected={selected}
        onChange={setSelected}
        pageOf={pageOf}
      />
      <output aria-label="Selection">{selected.join(",")}</output>
    </>
  );
}

describe("FacetMultiSelect", () => {
  it("narrows by Chinese name and toggles with a click", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole("combobox", { name: "Issuing body" }), "能源");
    expect(screen.getAllByRole("option")).toHaveLength(1);
    await user.click(screen.getByRole("option", { name: /NEA/ }));
    expect(screen.getByRole("option", { name: /NEA/ })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("status", { name: "Selection" })).toHaveTextContent("nea");
  });

  it("clears the typed text once an option is chosen, so the others show again", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const search = screen.getByRole("combobox", { name: "Issuing body" });
    await user.type(search, "能源");
    await user.click(screen.getByRole("option", { name: /NEA/ }));
    expect(search).toHaveValue("");
    expect(screen.getAllByRole("option")).toHaveLength(2);

    await user.type(search, "MIIT{Enter}");
    expect(search).toHaveValue("");
    expect(screen.getByRole("status", { name: "Selection" })).toHaveTextContent("nea,miit");
  });

  it("is usable by keyboard alone", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Issuing body" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByRole("status", { name: "Selection" })).toHaveTextContent("nea");
    await user.keyboard("{Home}{Enter}");
    expect(screen.getByRole("status", { name: "Selection" })).toHaveTextContent("nea,miit");
  });

  it("shows each option's count", () => {
    render(<Harness />);
    expect(screen.getByLabelText("4 matching")).toBeInTheDocument();
  });

  it("marks Chinese names as Chinese, for fonts and screen readers", () => {
    render(<Harness />);
    expect(screen.getByText("国家能源局")).toHaveAttribute("lang", "zh-Hans");
    expect(
      screen.getByText("National Energy Administration", { exact: false }),
    ).not.toHaveAttribute("lang");
  });

  it("lists only the values in the data until every one is asked for", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getAllByRole("option")).toHaveLength(2);
    expect(screen.queryByRole("option", { name: /PBOC/ })).not.toBeInTheDocument();
    await user.click(
      screen.getByRole("checkbox", {
        name: "Show every issuing body (3), also those not in the data",
      }),
    );
    expect(screen.getAllByRole("option")).toHaveLength(3);
    expect(screen.getByRole("option", { name: /PBOC/ })).toBeInTheDocument();
  });

  it("links each chosen value to its page, and nothing before a choice", async () => {
    const { user } = renderWithProviders(<Harness pageOf={(value) => `/bodies/${value}`} />);
    const pages = () => screen.queryByRole("list", { name: "Pages of the chosen issuing body" });
    expect(pages()).not.toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: /NEA/ }));
    await user.click(screen.getByRole("option", { name: /MIIT/ }));
    expect(
      screen.getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["NEA", "/bodies/nea"],
      ["MIIT", "/bodies/miit"],
    ]);
    expect(pages()).toBeInTheDocument();
  });
});
