import { describe, expect, it } from "vitest";
import { checkInputSize, MAX_LINE_CHARS, MAX_TEXT_CHARS } from "./input-limits";

const OVER_LINE = "line 2 has 20,001 characters, over the limit of 20,000 per line";

describe("checkInputSize", () => {
  it("accepts a text of exactly the size limit", () => {
    expect(checkInputSize("\n".repeat(MAX_TEXT_CHARS))).toBeNull();
  });

  it("accepts a second line of exactly the line limit", () => {
    expect(checkInputSize(`x\n${"y".repeat(MAX_LINE_CHARS)}`)).toBeNull();
  });

  it.each([
    ["\n", "LF"],
    ["\r\n", "CRLF"],
    ["\r", "CR"],
  ])("counts a long second line after a %j (%s) line end", (end) => {
    const error = checkInputSize(`x${end}${"y".repeat(MAX_LINE_CHARS + 1)}`);
    expect(error).toMatch(new RegExp(`^${OVER_LINE}; `));
  });
});
