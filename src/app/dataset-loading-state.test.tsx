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

  it("above the first look, says the other briefs are loading, with the files so far", () => {
    setLoadProgress({ loaded: 5, total: 28 });
    render(<DatasetLoadingState whileShown />);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Loading the other briefs; the pages fill in as they arrive…",
    );
    expect(screen.getByText("5 of 28 files")).toBeInTheDocument();
  });

  it("above part of a very large brief, says how much of it is shown while the rest is checked", () => {
    setLoadProgress({ loaded: 5, total: 5, briefItems: { shown: 4005, of: 84005 } });
    render(<DatasetLoadingState whileShown />);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Showing 4,005 of the newest brief's 84,005 items while the rest is checked; the pages fill in when it is done…",
    );
    // Every file is in: a full bar of files would say nothing.
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    act(() => setLoadProgress(null));
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("keeps the count of files while other briefs still arrive after a large newest one", () => {
    setLoadProgress({ loaded: 6, total: 9, briefItems: { shown: 1000, of: 3000 } });
    render(<DatasetLoadingState whileShown />);
    expect(screen.getByRole("status")).toHaveTextContent("Showing 1,000 of the newest brief's");
    expect(screen.getByText("6 of 9 files")).toBeInTheDocument();
  });
});
