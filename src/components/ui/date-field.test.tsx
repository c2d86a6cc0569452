import { useState } from "react";
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DateField } from "@/components/ui/date-field";

function Harness({ initial }: { initial: string | null }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label="From" value={value} onChange={setValue} />
      <output aria-label="Chosen day">{value ?? "none"}</output>
    </>
  );
}

describe("DateField", () => {
  it("shows the chosen day in the UI's date style, not the browser's locale", () => {
    render(<Harness initial="2023-04-01" />);
    expect(screen.getByRole("textbox", { name: "From" })).toHaveValue("1 Apr 2023");
  });

  it("reads a day typed in that style and writes it back the same way on leaving", async () => {
    const user = userEvent.setup();
    render(<Harness initial={null} />);
    const field = screen.getByRole("textbox", { name: "From" });
    await user.type(field, "14 april 2023");
    expect(screen.getByRole("status", { name: "Chosen day" })).toHaveTextContent("2023-04-14");
    await user.tab();
    expect(field).toHaveValue("14 Apr 2023");
  });

  it("says what to write when the text is not a real day", async () => {
    const user = userEvent.setup();
    render(<Harness initial="2023-04-01" />);
    const field = screen.getByRole("textbox", { name: "From" });
    await user.clear(field);
    await user.type(field, "31 Feb 2023");
    await user.tab();
    expect(field).toHaveAccessibleDescription("Write a day like 14 Apr 2023");
    expect(field).toBeInvalid();
    expect(screen.getByRole("status", { name: "Chosen day" })).toHaveTextContent("none");
  });

  it("clears the day when the text is removed", async () => {
    const user = userEvent.setup();
    render(<Harness initial="2023-04-01" />);
    await user.clear(screen.getByRole("textbox", { name: "From" }));
    expect(screen.getByRole("status", { name: "Chosen day" })).toHaveTextContent("none");
  });
});
