import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderWithProviders } from "../../../tests/render";
import { buildQuantity, buildTarget } from "../../../tests/factories/targets";
import type { Target } from "@/data/model";
import { TargetList } from "@/features/targets/target-list";

/** The list with every target in view, no chart selection and no policy to link to. */
function renderList(targets: Target[]) {
  return renderWithProviders(
    <TargetList
      targets={targets}
      inViewCount={targets.length}
      policies={new Map()}
      focusDescription={null}
      onClearFocus={() => {}}
    />,
  );
}

describe("TargetList", () => {
  it("shows each target with its deadline, number and a link to its policy", () => {
    const target = buildTarget({
      text: "Create over 50 IPv6+ innovation cities",
      quantities: [
        buildQuantity({
          metric: "IPv6+ innovation cities",
          value: 50,
          unit: "cities",
          qualifier: "over",
          direction: "reach",
        }),
      ],
      policyId: "ipv6-opinions",
      annotated: ["sector"],
    });
    renderList([target]);
    const item = screen.getByRole("listitem", { name: "Create over 50 IPv6+ innovation cities" });
    expect(
      within(item).getByText("IPv6+ innovation cities: Reach over 50 cities"),
    ).toBeInTheDocument();
    expect(within(item).getByText("By 2025 (the policy's horizon)")).toBeInTheDocument();
    expect(within(item).getByText(/Sector is an annotation/)).toBeInTheDocument();
    expect(within(item).getByRole("link", { name: "ipv6-opinions" })).toHaveAttribute(
      "href",
      "/timeline?item=ipv6-opinions",
    );
  });

  it("shows one bullet with two figures once, each figure in its own words", () => {
    const text =
      "Reduce particulate matter pollution in the foundry industry by more than 30 percent and reduce the energy consumption per ton of forged materials by 5 percent compared to 2020";
    const target = buildTarget({
      text,
      quantities: [
        buildQuantity({
          metric: "particulate matter pollution in the foundry industry",
          value: 30,
          direction: "reduce",
          qualifier: "more than",
          baselineYear: 2020,
        }),
        buildQuantity({
          metric: "energy consumption per ton of forged materials",
          value: 5,
          direction: "reduce",
          baselineYear: 2020,
        }),
      ],
    });
    renderList([target]);
    expect(screen.getByRole("status")).toHaveTextContent("1 target");
    const item = screen.getByRole("listitem", { name: text });
    expect(
      within(item).getByText(
        "Particulate matter pollution in the foundry industry: Reduce by more than 30 percent compared to 2020",
      ),
    ).toBeInTheDocument();
    expect(
      within(item).getByText(
        "Energy consumption per ton of forged materials: Reduce by 5 percent compared to 2020",
      ),
    ).toBeInTheDocument();
  });

  it("shows a time limit on a duty as a time limit, not as the deadline", () => {
    const target = buildTarget({
      text: "Delete inappropriate content and update the algorithm within three months",
      targetYear: null,
      targetYearBasis: null,
      timeLimit: { duty: "update the algorithm", amount: 3, unit: "month" },
    });
    renderList([target]);
    const item = screen.getByRole("listitem", { name: target.text });
    expect(within(item).getByText("No year stated")).toBeInTheDocument();
    expect(within(item).getByText("Time limit:")).toBeInTheDocument();
    expect(within(item).getByText("update the algorithm within 3 months")).toBeInTheDocument();
  });

  it("renders a long list a page at a time", async () => {
    const targets = Array.from({ length: 60 }, (_, at) =>
      buildTarget({ id: `t${at}`, text: `Target ${at}` }),
    );
    const { user } = renderList(targets);
    const list = screen.getByRole("list", { name: "Targets" });
    const items = () => within(list).getAllByRole("listitem", { name: /^Target \d+$/ });
    expect(items()).toHaveLength(50);
    await user.click(screen.getByRole("button", { name: "Show 10 more of 10" }));
    expect(items()).toHaveLength(60);
    expect(screen.queryByRole("button", { name: /more of/ })).not.toBeInTheDocument();
  });
});
