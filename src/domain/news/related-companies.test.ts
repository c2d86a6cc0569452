import { describe, expect, it } from "vitest";
import { selectRelatedCompanies } from "@/domain/news/related-companies";
import { buildCompany } from "../../../tests/factories/news";

const vw = buildCompany({ id: "vw" });
const cariad = buildCompany({ id: "cariad", parentId: "vw" });
const other = buildCompany({ id: "other" });

describe("selectRelatedCompanies", () => {
  it("finds the parent and the subsidiaries", () => {
    expect(selectRelatedCompanies([vw, cariad, other], vw)).toEqual({
      parent: null,
      subsidiaries: [cariad],
    });
    expect(selectRelatedCompanies([vw, cariad, other], cariad)).toEqual({
      parent: vw,
      subsidiaries: [],
    });
  });
});
