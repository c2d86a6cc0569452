import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DatasetLoadingState } from "@/app/dataset-loading-state";
import { setLoadProgress } from "@/data/load-progress";

afterEach(() => setLoadProgress(null));

describe("DatasetLoadingState", () => {
  it("says how many of the manifest's files have arrived, and follows each new one", () => {
    setLoadProgress({ loaded: 3, total: 125 });
    render(<DatasetLoadingState />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading brief data…");
    expect(screen.getByRole("progressbar", { name: "Loading brief data" })).toHaveValue(3);
    expect(screen.getByText("3 of 125 files")).toBeInTheDocument();
    act(() => setLoadProgress({ loaded: 124, total: 125 }));
    expect(screen.getByText("124 of 125 files")).toBeInTheDocument();
  });

  it("shows no count before the manifest is read", () => {
    render(<DatasetLoadingState />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading brief data…");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });
});
