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
const acronym = (text: string): UnknownIssuer => ({
  text,
  nameEn: null,
  acronym: text,
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
    ["The  MIIT  released", ["miit"]],
    ["MIIT and NDRC", ["miit", "ndrc"]],
    ["yesterday the MIIT said", []],
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

  it("proposes an acronym it does not know beside a known body", () => {
    expect(resolveSubjectIssuers("MIIT and CSRC announced", bodies)).toEqual({
      ids: ["miit"],
      unknown: [acronym("CSRC")],
    });
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
    // "and" and "the" inside a name stay; so does a name that starts with "The" or ends in "and".
    [
      "MIIT, National Bureau of Research and Development",
      ["miit"],
      [english("National Bureau of Research and Development")],
    ],
    [
      "MIIT, Office of the Central Committee",
      ["miit"],
      [english("Office of the Central Committee")],
    ],
    [
      "MIIT, Thermal Power Bureau, Embassy of Finland",
      ["miit"],
      [english("Thermal Power Bureau"), english("Embassy of Finland")],
    ],
    ["MIIT,and the Bureau of Mines", ["miit"], [english("Bureau of Mines")]],
    ["MIIT, National Bureau of Statistics. ", ["miit"], [english("National Bureau of Statistics")]],
    [
      "National Bureau of Statistics (), MIIT",
      ["miit"],
      [english("National Bureau of Statistics")],
    ],
    // Brackets around a known name are not a name.
    ["Ministry of Industry and Information Technology (工业和信息化部)", ["miit"], []],
    // Names either side of a known one stay apart.
    ["CSRC MIIT CBIRC", ["miit"], [acronym("CSRC"), acronym("CBIRC")]],
    // A list joined by "and" splits only when every part is an acronym.
    ["NPC and its Standing Committee", [], [english("NPC and its Standing Committee")]],
    ["MIIT, CHINALCO and CSRC", ["miit"], [acronym("CHINALCO"), acronym("CSRC")]],
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
