import { describe, expect, it } from "vitest";
import { issuerParam, parseListParam, sectorParam, setListParam } from "@/lib/search-params";

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

describe("shared parameter codecs", () => {
  it.each([
    [issuerParam, "issuer"],
    [sectorParam, "sector"],
  ])("read back what they write, under one name (%#)", (codec, name) => {
    const params = new URLSearchParams("q=steel");
    codec.write(params, ["miit", "ndrc"]);
    expect(params.get(name)).toBe("miit,ndrc");
    expect(codec.parse(params)).toEqual(["miit", "ndrc"]);
    codec.write(params, []);
    expect(params.toString()).toBe("q=steel");
    expect(codec.parse(params)).toEqual([]);
  });
});
