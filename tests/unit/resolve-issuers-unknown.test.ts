import { describe, expect, it } from "vitest";
import {
  resolveIssuerList,
  resolveSubjectIssuers,
  toIssuerRecord,
  type UnknownIssuer,
} from "@/ingest/resolve-issuers";
import { readShippedRegistries } from "./ingest-inputs";

const bodies = readShippedRegistries().issuingBodies;

const english = (nameEn: string, acronym: string | null = null): UnknownIssuer => ({
  text: acronym ? `${nameEn} (${acronym})` : nameEn,
  nameEn,
  acronym,
  nameZh: null,
});

// What the ingest proposes to the analyst as new issuing bodies: each name it does not know, and
// never a place, the country or a lowercase word it passed on the way to the verb.
describe("the unknown issuing bodies a news item's subject names", () => {
  it.each([
    ["Beijing's MIIT requested", ["miit"]],
    ["Beijing’s MIIT requested", ["miit"]],
    ["China's NDRC announced", ["ndrc"]],
    ["Chinese MIIT officials said", ["miit"]],
    ["The MIIT and the government agreed", ["miit"]],
  ])("finds no unknown body in %j", (text, ids) => {
    expect(resolveSubjectIssuers(text, bodies)).toEqual({ ids, unknown: [] });
  });

  it("proposes a ministry it does not know, split into name and acronym", () => {
    expect(
      resolveSubjectIssuers("The Ministry of Emergency Management (MEM) requested", bodies),
    ).toEqual({ ids: [], unknown: [english("Ministry of Emergency Management", "MEM")] });
  });

  it("keeps a body whose name starts with 'Chinese' or 'China', beside a known one", () => {
    expect(
      resolveSubjectIssuers("The Chinese Academy of Sciences and MIIT published", bodies),
    ).toEqual({ ids: ["miit"], unknown: [english("Chinese Academy of Sciences")] });
  });

  it("reads only the subject: a body named after the verb is not an issuer", () => {
    expect(resolveSubjectIssuers("Tesla said the Ministry of Commerce approved", bodies)).toEqual({
      ids: [],
      unknown: [english("Tesla")],
    });
  });
});

describe("the unknown names of an 'Issuing bodies:' line", () => {
  it.each([
    ["MIIT, CSRC.", ["miit"], [{ text: "CSRC", nameEn: null, acronym: "CSRC", nameZh: null }]],
    [
      "NDRC & CSRC and MOFCOM",
      ["ndrc"],
      [
        { text: "CSRC", nameEn: null, acronym: "CSRC", nameZh: null },
        { text: "MOFCOM", nameEn: null, acronym: "MOFCOM", nameZh: null },
      ],
    ],
    ["MIIT; the Ministry of Commerce", ["miit"], [english("Ministry of Commerce")]],
    [
      "工业和信息化部、中央军委",
      ["miit"],
      [{ text: "中央军委", nameEn: null, acronym: null, nameZh: "中央军委" }],
    ],
    ["MIIT, and the NDRC", ["miit", "ndrc"], []],
  ])("reads %j", (text, ids, unknown) => {
    expect(resolveIssuerList(text, bodies)).toEqual({ ids, unknown });
  });
});

describe("the registry record proposed for an unknown issuing body", () => {
  it.each([
    [
      english("Ministry of Emergency Management", "MEM"),
      {
        id: "mem",
        acronym: "MEM",
        nameEn: "Ministry of Emergency Management",
        aliases: [],
        kind: "ministry",
      },
    ],
    [
      english("China Securities Regulatory Commission"),
      {
        id: "china-securities-regulatory-commission",
        nameEn: "China Securities Regulatory Commission",
        aliases: [],
        kind: "commission",
      },
    ],
    [
      english("National Health Administration"),
      {
        id: "national-health-administration",
        nameEn: "National Health Administration",
        aliases: [],
        kind: "administration",
      },
    ],
    [
      english("Agricultural Development Bank of China"),
      {
        id: "agricultural-development-bank-of-china",
        nameEn: "Agricultural Development Bank of China",
        aliases: [],
        kind: "bank",
      },
    ],
    // "Ministry" must open the name: a "Ministry Liaison Office" is not a ministry.
    [
      english("Liaison Office of the Ministry"),
      {
        id: "liaison-office-of-the-ministry",
        nameEn: "Liaison Office of the Ministry",
        aliases: [],
      },
    ],
    [
      { text: "CSRC", acronym: "CSRC", nameEn: null, nameZh: null },
      { id: "csrc", acronym: "CSRC", aliases: [] },
    ],
    [
      { text: "中央军委", acronym: null, nameEn: null, nameZh: "中央军委" },
      { nameZh: "中央军委", aliases: [] },
    ],
  ])("proposes for %j", (unknown, record) => {
    expect(toIssuerRecord(unknown)).toEqual(record);
  });
});
