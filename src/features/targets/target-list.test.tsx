import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderWithProviders } from "../../../tests/render";
import { buildTarget } from "@/domain/targets/build-target.testing";
import { TargetList } from "@/features/targets/target-list";

const noop = () => {};

describe("TargetList", () => {
  it("shows each target with its deadline, number and a link to its policy", () => {
    const target = buildTarget({
      text: "Create over 50 IPv6+ innovation cities",
      value: 50,
      unit: "cities",
      qualifier: "over",
      direction: "reach",
      policyId: "ipv6-opinions",
      annotated: ["sector"],
    });
    renderWithProviders(
      <TargetList
        targets={[target]}
        inViewCount={1}
        policies={new Map()}
        focusDescription={null}
        onClearFocus={noop}
      />,
    );
    const item = screen.getByRole("listitem", { name: "Create over 50 IPv6+ innovation cities" });
    expect(within(item).getByText("Reach over 50 cities")).toBeInTheDocument();
    expect(within(item).getByText("By 2025 (the policy's horizon)")).toBeInTheDocument();
    expect(within(item).getByText(/Sector is an annotation/)).toBeInTheDocument();
    expect(within(item).getByRole("link", { name: "ipv6-opinions" })).toHaveAttribute(
      "href",
      "/timeline?item=ipv6-opinions",
    );
  });

  it("renders a long list a page at a time", async () => {
    const targets = Array.from({ length: 60 }, (_, at) =>
      buildTarget({ id: `t${at}`, text: `Target ${at}` }),
    );
    const { user } = renderWithProviders(
      <TargetList
        targets={targets}
        inViewCount={60}
        policies={new Map()}
        focusDescription={null}
        onClearFocus={noop}
      />,
    );
    const list = screen.getByRole("list", { name: "Targets" });
    const items = () => within(list).getAllByRole("listitem", { name: /^Target \d+$/ });
    expect(items()).toHaveLength(50);
    await user.click(screen.getByRole("button", { name: "Show 10 more of 10" }));
    expect(items()).toHaveLength(60);
    expect(screen.queryByRole("button", { name: /more of/ })).not.toBeInTheDocument();
  });
});
