import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildCoIssuanceMatrix } from "@/domain/timeline/co-issuance";
import { buildPolicy } from "../../../tests/factories/policies";
import { CoIssuanceMatrixChart } from "@/features/timeline/co-issuance-matrix";

const matrix = buildCoIssuanceMatrix([
  buildPolicy({ id: "a", issuers: ["miit", "ndrc"] }),
  buildPolicy({ id: "b", issuers: ["miit", "ndrc", "mee"] }),
  buildPolicy({ id: "c", issuers: ["nea"] }),
]);

describe("CoIssuanceMatrixChart", () => {
  it("names each cell by its pair and count", () => {
    render(<CoIssuanceMatrixChart matrix={matrix} width={600} onPick={() => {}} />);
    const grid = screen.getByRole("grid", { name: /Co-issuance matrix/ });
    expect(
      within(grid).getByRole("gridcell", { name: "MIIT with NDRC: 2 documents" }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole("gridcell", { name: "NEA: 1 document in all" }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole("gridcell", { name: "MEE with NEA: 0 documents" }),
    ).toHaveAttribute("aria-disabled", "true");
  });

  it("picks a pair by click, or by arrow keys and Enter", async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<CoIssuanceMatrixChart matrix={matrix} width={600} onPick={onPick} />);
    await user.click(screen.getByRole("gridcell", { name: "NDRC with MIIT: 2 documents" }));
    expect(onPick).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: "ndrc" }),
      expect.objectContaining({ id: "miit" }),
    );
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(screen.getByRole("gridcell", { name: "NDRC with MEE: 1 document" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onPick).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: "ndrc" }),
      expect.objectContaining({ id: "mee" }),
    );
    await user.keyboard("{ArrowRight}{Enter}");
    expect(onPick).toHaveBeenCalledTimes(2);
  });
});
