import { describe, expect, it } from "vitest";
import { buildDocumentIndex } from "@/domain/documents/document-index";
import { buildBody, buildBrief, buildPolicy } from "../../../tests/factories/policies";
import { selectBodyProfile } from "./body-profile";
import { buildIssuer, buildTarget } from "../../../tests/factories/targets";

const policies = [
  buildPolicy({ id: "plan-march", date: "2023-03-10", issuers: ["miit", "ndrc"], sectors: ["ev"] }),
  // The same document reported again two months later: it counts once.
  buildPolicy({
    id: "plan-may",
    date: "2023-05-02",
    issuers: ["miit", "ndrc"],
    sameAs: ["plan-march"],
  }),
  buildPolicy({ id: "rules", date: "2023-05-20", issuers: ["ndrc", "miit", "mof"] }),
  buildPolicy({ id: "other", date: "2023-06-01", issuers: ["cac"] }),
  buildPolicy({ id: "chips", date: "2023-08-09", issuers: ["miit"], sectors: ["ev", "chips"] }),
];
const dataset = { policies, targets: [], briefs: [] };
const documents = buildDocumentIndex(policies);

describe("an issuing body's profile", () => {
  it("counts its documents by month, as lead issuer or co-issuer, once per document", () => {
    const profile = selectBodyProfile(dataset, documents, buildBody("miit"), "month");
    expect(profile.documents).toBe(3);
    expect(profile.asLead).toBe(2);
    expect(profile.byPeriod).toEqual([
      { period: "2023-03", label: "Mar 2023", lead: 1, coIssuer: 0 },
      { period: "2023-04", label: "Apr 2023", lead: 0, coIssuer: 0 },
      { period: "2023-05", label: "May 2023", lead: 0, coIssuer: 1 },
      { period: "2023-06", label: "Jun 2023", lead: 0, coIssuer: 0 },
      { period: "2023-07", label: "Jul 2023", lead: 0, coIssuer: 0 },
      { period: "2023-08", label: "Aug 2023", lead: 1, coIssuer: 0 },
    ]);
  });

  it("counts by quarter", () => {
    const profile = selectBodyProfile(dataset, documents, buildBody("miit"), "quarter");
    expect(profile.byPeriod.map((row) => [row.period, row.label, row.lead, row.coIssuer])).toEqual([
      ["2023-Q1", "2023 Q1", 1, 0],
      ["2023-Q2", "2023 Q2", 0, 1],
      ["2023-Q3", "2023 Q3", 1, 0],
    ]);
  });

  it("ranks the bodies it co-issues with and its sectors by documents", () => {
    const profile = selectBodyProfile(dataset, documents, buildBody("miit"), "month");
    expect(profile.coIssuers.map((c) => [c.body.id, c.documents])).toEqual([
      ["ndrc", 2],
      ["mof", 1],
    ]);
    expect(profile.sectors.map((s) => [s.sector.id, s.documents])).toEqual([
      ["ev", 2],
      ["chips", 1],
    ]);
  });

  it("lists its latest items first, every mention included", () => {
    const profile = selectBodyProfile(dataset, documents, buildBody("miit"), "month");
    expect(profile.latest.map((p) => p.id)).toEqual(["chips", "rules", "plan-may", "plan-march"]);
  });

  it("is empty for a body that issued nothing", () => {
    const profile = selectBodyProfile(dataset, documents, buildBody("mee"), "month");
    expect(profile).toMatchObject({ documents: 0, byPeriod: [], coIssuers: [], latest: [] });
  });

  it("leaves documents dated only to a year out of the months, counting them by year apart", () => {
    const dated = [
      ...policies,
      buildPolicy({ id: "year-only-lead", date: "2023", issuers: ["miit"] }),
      buildPolicy({ id: "year-only-co", date: "2023", issuers: ["ndrc", "miit"] }),
      buildPolicy({ id: "month-only", date: "2023-04", issuers: ["miit"] }),
    ];
    const profile = selectBodyProfile(
      { ...dataset, policies: dated },
      buildDocumentIndex(dated),
      buildBody("miit"),
      "month",
    );
    expect(profile.documents).toBe(6);
    // Not a January spike: January 2023 has no bar, and the months start at March.
    expect(profile.byPeriod[0]?.label).toBe("Mar 2023");
    expect(profile.byPeriod.find((row) => row.label === "Apr 2023")).toMatchObject({ lead: 1 });
    expect(profile.yearOnly).toEqual([{ year: 2023, lead: 1, coIssuer: 1 }]);
  });
});

describe("an issuing body's profile from unordered items", () => {
  // Given newest first, as a brief lists them; ten items, more than the eight latest shown.
  const items = [
    buildPolicy({ id: "n10", date: "2023-10-01", issuers: ["zzz", "nea"] }),
    buildPolicy({ id: "n09", date: "2023-09-01", issuers: ["nea", "zzz"] }),
    buildPolicy({ id: "n08b", date: "2023-08-01", issuers: ["nea"] }),
    buildPolicy({ id: "n08a", date: "2023-08-01", issuers: ["nea", "aaa"] }),
    buildPolicy({ id: "n07", date: "2023-07-01", issuers: ["nea"] }),
    buildPolicy({ id: "n06", date: "2023-06-01", issuers: ["nea"] }),
    buildPolicy({ id: "n05", date: "2023-05-01", issuers: ["nea"] }),
    buildPolicy({ id: "n04", date: "2023-04-01", issuers: ["nea"] }),
    buildPolicy({ id: "n03", date: "2023-03-01", issuers: ["nea", "bbb"] }),
    buildPolicy({ id: "n02", date: "2023-02-01", issuers: ["nea"] }),
  ];
  const profile = () =>
    selectBodyProfile(
      { policies: items, targets: [], briefs: [] },
      buildDocumentIndex(items),
      buildBody("nea"),
      "month",
    );

  it("lists only the eight latest, newest first, same-day items by id", () => {
    expect(profile().latest.map((p) => p.id)).toEqual([
      "n10",
      "n09",
      "n08b",
      "n08a",
      "n07",
      "n06",
      "n05",
      "n04",
    ]);
  });

  it("ranks co-issuers by documents, ties by acronym, whatever the order met", () => {
    expect(profile().coIssuers.map((c) => [c.body.id, c.documents])).toEqual([
      ["zzz", 2],
      ["aaa", 1],
      ["bbb", 1],
    ]);
  });
});

describe("an issuing body's targets", () => {
  it("counts the targets it issued, alone or with others", () => {
    const targets = [
      buildTarget({ id: "t1", issuingBodies: [buildIssuer("miit")] }),
      buildTarget({ id: "t2", issuingBodies: [buildIssuer("nea")] }),
      buildTarget({ id: "t3", issuingBodies: [buildIssuer("nea"), buildIssuer("miit")] }),
      buildTarget({ id: "t4", issuingBodies: [buildIssuer("nea")] }),
    ];
    const profile = selectBodyProfile(
      { policies, targets, briefs: [] },
      documents,
      buildBody("nea"),
      "month",
    );
    expect(profile.targets).toBe(3);
  });

  it("spreads its targets over the years from the oldest brief's to the last deadline", () => {
    // Briefs come newest first: the oldest is of 2021.
    const briefs = [
      buildBrief("b2023", "2023-05-03", {}),
      buildBrief("b2022", "2022-05-03", {}),
      buildBrief("b2021", "2021-05-03", {}),
    ];
    const targets = [
      buildTarget({ id: "t1", targetYear: 2025, issuingBodies: [buildIssuer("nea")] }),
    ];
    const profile = selectBodyProfile(
      { policies, targets, briefs },
      documents,
      buildBody("nea"),
      "month",
    );
    expect(profile.targetsByYear.map((row) => row.year)).toEqual([
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
  });
});
