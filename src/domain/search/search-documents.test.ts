import { describe, expect, it } from "vitest";
import { toSearchDocument } from "@/domain/search/search-documents";
import { buildCompany, buildNews, day, GERMANY } from "../../../tests/factories/news";
import {
  buildBody,
  buildBrief,
  buildDate,
  buildPolicy,
  buildSector,
} from "../../../tests/factories/policies";
import { buildTarget } from "../../../tests/factories/targets";

describe("what a record is indexed under", () => {
  it("indexes an issuing body by all its names and its entity key", () => {
    const document = toSearchDocument({ kind: "issuer", item: buildBody("miit") });
    expect(document.fields).toEqual([
      { field: "name", texts: [["MIIT", "Body MIIT", "机构miit"]], keys: ["@issuer:miit"] },
    ]);
    expect(document.issuerIds).toEqual(["miit"]);
  });

  it("indexes a company by its names and, as a tag, by its country", () => {
    const company = buildCompany({
      id: "vw",
      name: "Volkswagen",
      aliases: ["VW"],
      country: GERMANY,
    });
    expect(toSearchDocument({ kind: "company", item: company }).fields).toEqual([
      { field: "name", texts: [["Volkswagen", null, "VW"]], keys: ["@company:vw"] },
      { field: "tag", texts: [["Germany", "德国"]], keys: ["@country:DE"] },
    ]);
  });

  it("indexes a target by its text and tags it and files it under its sector", () => {
    const target = buildTarget({ text: "Cap steel output", sector: buildSector("steel") });
    const document = toSearchDocument({ kind: "target", item: target, policy: null });
    expect(document.fields).toEqual([
      { field: "text", texts: [["Cap steel output"]] },
      { field: "tag", texts: [["Sector steel", "行业steel"]] },
    ]);
    expect(document.sectorIds).toEqual(["steel"]);
  });

  it("indexes a news item by its text and tags it with its sectors and its companies' countries", () => {
    const news = buildNews({
      id: "n",
      text: "Huawei opens a plant",
      companies: [buildCompany({ id: "huawei", name: "Huawei" })],
      sectors: [buildSector("telecoms")],
    });
    expect(toSearchDocument({ kind: "news", item: news }).fields).toEqual([
      { field: "party", texts: [["Huawei", null]], keys: ["@company:huawei"] },
      { field: "text", texts: [["Huawei opens a plant"]] },
      {
        field: "tag",
        texts: [
          ["Sector telecoms", "行业telecoms"],
          ["China", "中国"],
        ],
        keys: ["@country:CN"],
      },
    ]);
  });

  it("indexes a brief by its date and period in words, and files it under its bodies and sectors once each", () => {
    const brief = buildBrief("b", "2023-05-03", {
      reportingPeriod: { start: buildDate("2023-03-28"), end: buildDate("2023-04-24") },
      policies: [
        buildPolicy({ id: "p1", issuers: ["miit", "ndrc"], sectors: ["steel"] }),
        buildPolicy({ id: "p2", issuers: ["miit"], sectors: ["steel"] }),
      ],
      corporateNews: [
        buildNews({ id: "n", date: day("2023-04-02"), sectors: [buildSector("energy")] }),
      ],
    });
    const document = toSearchDocument({ kind: "brief", item: brief });
    expect(document.fields[1]?.texts[0]).toEqual(["2023-05-03", "28 March 2023 24 April 2023"]);
    expect(document.issuerIds).toEqual(["miit", "ndrc"]);
    expect(document.sectorIds).toEqual(["steel", "energy"]);
  });
});
