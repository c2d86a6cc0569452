import { describe, expect, it } from "vitest";
import { parseListParam, setListParam } from "@/lib/search-params";

describe("list parameters", () => {
  it.each([
    [null, []],
    ["", []],
    ["miit", ["miit"]],
    ["miit,ndrc", ["miit", "ndrc"]],
    [" miit ,,ndrc,miit", ["miit", "ndrc"]],
  ])("parses %j", (value, expected) => {
    expect(parseListParam(value)).toEqual(expected);
  });

  it("round-trips and drops an empty list", () => {
    const params = new URLSearchParams("issuer=x&q=1");
    setListParam(params, "issuer", ["miit", "ndrc"]);
    expect(parseListParam(params.get("issuer"))).toEqual(["miit", "ndrc"]);
    setListParam(params, "issuer", []);
    expect(params.toString()).toBe("q=1");
  });
});
