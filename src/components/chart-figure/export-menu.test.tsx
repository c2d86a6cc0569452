import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExportMenu } from "@/components/chart-figure/export-menu";

function setup() {
  const onExport = vi.fn();
  const user = userEvent.setup();
  render(
    <>
      <ExportMenu onExport={onExport} />
      <button type="button">Elsewhere</button>
    </>,
  );
  return { user, onExport, button: screen.getByRole("button", { name: "Export" }) };
}

describe("ExportMenu", () => {
  it("opens on the first item and moves with the arrow keys, Home and End", async () => {
    const { user, button } = setup();
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("menuitem", { name: "Download PNG (2400 × 1350 px)" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Download SVG" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitemradio", { name: "Square, 1080 × 1080" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: /Download PNG/ })).toHaveFocus();
    await user.keyboard("{ArrowUp}{Home}");
    expect(screen.getByRole("menuitem", { name: /Download PNG/ })).toHaveFocus();
  });

  it("opens from the keyboard and closes with Escape, returning focus to the button", async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitemradio", { name: "Square, 1080 × 1080" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("menu", { name: "Export chart" })).toBeInTheDocument();
  });

  it("offers 2× on white in landscape by default and keeps choices while open", async () => {
    const { user, button } = setup();
    await user.click(button);
    for (const name of ["2× (default)", "White background", "Landscape, 1200 × 675"]) {
      expect(screen.getByRole("menuitemradio", { name })).toBeChecked();
    }
    await user.click(screen.getByRole("menuitemradio", { name: "3×" }));
    expect(screen.getByRole("menuitemradio", { name: "3×" })).toBeChecked();
    expect(
      screen.getByRole("menuitem", { name: "Download PNG (3600 × 2025 px)" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("menuitemradio", { name: "Square, 1080 × 1080" }));
    expect(
      screen.getByRole("menuitem", { name: "Download PNG (3240 × 3240 px)" }),
    ).toBeInTheDocument();
  });

  it("asks for the chosen export and closes, focus back on the button", async () => {
    const { user, button, onExport } = setup();
    await user.click(button);
    await user.click(screen.getByRole("menuitemradio", { name: "Transparent background" }));
    await user.click(screen.getByRole("menuitemradio", { name: "1×" }));
    await user.click(screen.getByRole("menuitem", { name: "Download SVG" }));
    expect(onExport).toHaveBeenCalledWith({
      action: "svg",
      density: 1,
      background: "transparent",
      layout: "landscape",
    });
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it("runs an item with Enter", async () => {
    const { user, button, onExport } = setup();
    await user.click(button);
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(onExport).toHaveBeenCalledWith(expect.objectContaining({ action: "csv" }));
  });

  it("closes on Tab and on a click elsewhere", async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.tab();
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    await user.click(button);
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });
});
