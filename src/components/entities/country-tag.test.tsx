import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import { CountryTag } from "@/components/entities/country-tag";

const germany = { code: "DE", nameEn: "Germany", nameZh: "德国", demonyms: ["German"] };

describe("CountryTag", () => {
  it("shows the country's name beside its flag drawn as SVG, not an emoji", async () => {
    render(<CountryTag country={germany} />);
    expect(screen.getByText("Germany")).toBeInTheDocument();
    const flag = screen.getByTestId("flag-DE");
    expect(flag).toHaveAttribute("aria-hidden", "true");
    // Germany's three stripes at 3:2: red over the black ground, then gold.
    await waitFor(() =>
      expect(flag).toContainHTML(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 513 342"><path fill="#D80027" d="M0 0h513v342H0z"></path><path d="M0 0h513v114H0z"></path><path fill="#FFDA44" d="M0 228h513v114H0z"></path></svg>',
      ),
    );
    expect(screen.getByText("Germany")).not.toHaveTextContent(/\p{Regional_Indicator}/u);
  });

  it("shows the name alone for a code without a flag", () => {
    render(<CountryTag country={{ ...germany, code: "ZZ", nameEn: "Nowhere" }} />);
    expect(screen.getByText("Nowhere")).toBeInTheDocument();
    expect(screen.queryByTestId(/^flag-/)).not.toBeInTheDocument();
  });
});
