import { describe, expect, it } from "vitest";
import type { CompanyFile, IssuingBodyFile } from "@/data/schema";
import { readShippedRegistries } from "../../tests/unit/ingest-inputs";
import { createAnnotationLookup } from "./annotation-lookup";
import { emptyAnnotations, type Annotations } from "./annotations";
import { createReport, type IngestReport } from "./report";
import { acceptProposals, proposeCompany, proposeIssuer } from "./registry-proposals";

const lookup = (extra: Partial<Annotations> = {}) =>
  createAnnotationLookup({ ...emptyAnnotations("test-brief"), ...extra });

const mem = {
  text: "Ministry of Emergency Management (MEM)",
  acronym: "MEM",
  nameEn: "Ministry of Emergency Management",
  nameZh: null,
};

describe("proposeIssuer", () => {
  it("proposes a body the annotations complete, without an alias its names already cover", () => {
    const report = createReport();
    proposeIssuer(
      mem,
      7,
      lookup({ issuingBodies: [{ name: mem.text, nameZh: "应急管理部", note: "mem.gov.cn" }] }),
      report,
    );
    const { warnings, proposals } = report.finish([]);
    expect(warnings).toEqual([
      {
        line: 7,
        message:
          "unknown issuing body 'Ministry of Emergency Management (MEM)': not in the issuing-bodies registry",
      },
    ]);
    expect(proposals.issuingBodies).toEqual([
      {
        name: mem.text,
        line: 7,
        record: {
          id: "mem",
          acronym: "MEM",
          nameEn: "Ministry of Emergency Management",
          nameZh: "应急管理部",
          aliases: [],
          kind: "ministry",
        },
        missing: [],
      },
    ]);
  });

  it("keeps the printed name as an alias when the annotated names do not contain it", () => {
    const report = createReport();
    const text = "Central Cyberspace Affairs Office";
    proposeIssuer(
      { text, acronym: null, nameEn: text, nameZh: null },
      null,
      lookup({
        issuingBodies: [
          { name: text, acronym: "CCAO", nameEn: "Cyberspace Office", kind: "party-organ" },
        ],
      }),
      report,
    );
    expect(report.finish([]).proposals.issuingBodies[0]).toEqual({
      name: text,
      line: null,
      record: {
        id: "ccao",
        acronym: "CCAO",
        nameEn: "Cyberspace Office",
        aliases: [text],
        kind: "party-organ",
      },
      missing: ["nameZh"],
    });
  });
});

describe("proposeCompany", () => {
  it("adds no note when the annotation tells nothing the brief does not", () => {
    const report = createReport();
    proposeCompany(
      { name: "Hesai", country: "CN" },
      12,
      lookup({ companies: [{ name: "Hesai", country: "CN", note: "hesai.com" }] }),
      report,
    );
    const { warnings, proposals } = report.finish([]);
    expect(warnings).toEqual([
      { line: 12, message: "unknown company 'Hesai': not in the companies registry" },
    ]);
    expect(proposals.companies).toEqual([
      {
        name: "Hesai",
        line: 12,
        record: { id: "hesai", name: "Hesai", aliases: [], country: "CN", annotated: [] },
        missing: [],
      },
    ]);
  });
});

const company = (id: string, country?: string): Partial<CompanyFile> => ({
  id,
  name: id.toUpperCase(),
  aliases: [],
  ...(country ? { country } : {}),
  annotated: [],
});
const body = (id: string): Partial<IssuingBodyFile> => ({
  id,
  acronym: id.toUpperCase(),
  nameEn: `Body ${id}`,
  nameZh: "某部",
  aliases: [],
  kind: "ministry",
});
const proposal = <T>(record: Partial<T>, missing: string[] = []) => ({
  name: "printed",
  line: 1,
  record,
  missing,
});

describe("acceptProposals", () => {
  it("adds each complete, valid, new proposal once and keeps the registries' own records", () => {
    const registries = readShippedRegistries();
    const knownCompany = registries.companies[0]!.id;
    const knownBody = registries.issuingBodies[0]!.id;
    const report: IngestReport = {
      ...createReport().finish([]),
      proposals: {
        companies: [
          proposal(company("acme", "US")),
          proposal(company("acme", "DE")),
          proposal(company("nocountry"), ["country"]),
          proposal(company("unchecked", "FR"), ["country"]),
          proposal(company("badcountry", "usa")),
          proposal(company(knownCompany, "CN")),
          proposal(company("zeta", "JP")),
        ],
        issuingBodies: [
          proposal(body("xyz")),
          proposal(body("xyz")),
          proposal(body("nozh"), ["nameZh"]),
          proposal({ ...body("nokind"), kind: undefined }),
          proposal(body(knownBody)),
        ],
      },
    };
    const { registries: merged, added } = acceptProposals(report, registries);
    expect(added.companies.map((c) => [c.id, c.country])).toEqual([
      ["acme", "US"],
      ["zeta", "JP"],
    ]);
    expect(added.issuingBodies.map((b) => b.id)).toEqual(["xyz"]);
    expect(merged.companies).toEqual([...registries.companies, ...added.companies]);
    expect(merged.issuingBodies).toEqual([...registries.issuingBodies, ...added.issuingBodies]);
    expect(merged.countries).toBe(registries.countries);
  });
});
