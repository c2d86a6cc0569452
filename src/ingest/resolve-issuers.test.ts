import { describe, expect, it } from "vitest";
import { readShippedRegistries } from "../../tests/unit/ingest-inputs";
import {
  parseChineseCount,
  resolveChineseTitleIssuers,
  resolveIssuerList,
  resolveSubjectIssuers,
} from "./resolve-issuers";

const bodies = readShippedRegistries().issuingBodies;

describe("resolveIssuerList", () => {
  it.each([
    ["MIIT, NDRC, MEE", ["miit", "ndrc", "mee"]],
    ["Cyberspace Administration of China", ["cac"]],
    ["MIIT and NDRC", ["miit", "ndrc"]],
    [
      "Ministry of Industry and Information Technology, the National Development and Reform Commission",
      ["miit", "ndrc"],
    ],
    ["工业和信息化部、国家发展和改革委员会", ["miit", "ndrc"]],
    ["the State Council", ["state-council"]],
  ])("resolves %j in printed order", (text, ids) => {
    expect(resolveIssuerList(text, bodies)).toEqual({ ids, unknown: [] });
  });

  it("returns unknown names with what they tell", () => {
    expect(resolveIssuerList("MIIT, Ministry of Commerce (MOFCOM), CSRC", bodies)).toEqual({
      ids: ["miit"],
      unknown: [
        {
          text: "Ministry of Commerce (MOFCOM)",
          nameEn: "Ministry of Commerce",
          acronym: "MOFCOM",
          nameZh: null,
        },
        { text: "CSRC", nameEn: null, acronym: "CSRC", nameZh: null },
      ],
    });
  });

  it("does not read 'miit' or 'Mee' as an acronym", () => {
    expect(resolveIssuerList("Mee", bodies).ids).toEqual([]);
  });

  // Rebuilding the text per name made this take minutes (32k names 110 s); one pass finishes.
  it("resolves a list of 32,000 names, half of them unknown", () => {
    const names = Array.from({ length: 32_000 }, (_, i) => (i % 2 ? "MIIT" : `Bureau ${i}`));
    const result = resolveIssuerList(names.join(", "), bodies);
    expect(result.ids).toEqual(["miit"]);
    expect(result.unknown).toHaveLength(16_000);
    expect(result.unknown.at(-1)?.nameEn).toBe("Bureau 31998");
  });
});

describe("resolveSubjectIssuers", () => {
  it.each([
    ["The MIIT released draft guidelines", ["miit"]],
    ["The Ministry of Finance (MOF) announced that", ["mof"]],
    ["The China National Intellectual Property Administration issued", ["cnipa"]],
    ["MIIT and NDRC jointly issued", ["miit", "ndrc"]],
    ["Beijing released rules drafted by the MIIT", []],
  ])("finds the bodies in the subject of %j", (text, ids) => {
    expect(resolveSubjectIssuers(text, bodies).ids).toEqual(ids);
  });
});

describe("resolveChineseTitleIssuers", () => {
  it.each([
    ["工业和信息化部等八部门关于推进 IPv6 技术演进和应用创新发展的实施意见", ["miit"], 8, []],
    ["教育部等五部门关于印发《普通高等教育学科专业设置调整优化改革方案》的通知", ["moe"], 5, []],
    [
      "国家互联网信息办公室关于《生成式人工智能服务管理办法（征求意见稿）》公开征求意见的通知",
      ["cac"],
      null,
      [],
    ],
    ["关于推动铸造和锻压行业高质量发展的指导意见", [], null, []],
    ["中共中央国务院印发《京津冀协同发展规划纲要》", ["ccp-cc", "state-council"], null, []],
    [
      "中共中央、国务院、中央军委关于加强国防教育工作的意见",
      ["ccp-cc", "state-council"],
      null,
      ["中央军委"],
    ],
    ["国务院批转财政部关于完善省以下财政管理体制有关问题意见的通知", ["state-council"], null, []],
    ["工业和信息化部等八部委关于推进 IPv6 技术演进的意见", ["miit"], 8, []],
    [
      "中央军委国务院应急管理部关于加强安全生产的通知",
      ["state-council"],
      null,
      ["中央军委", "应急管理部"],
    ],
  ])("reads the lead of %j", (title, ids, count, unknown) => {
    const result = resolveChineseTitleIssuers(title, bodies);
    expect(result.ids).toEqual(ids);
    expect(result.count).toBe(count);
    expect(result.unknown.map((u) => u.nameZh)).toEqual(unknown);
  });

  it.each([
    ["八", 8],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["两", 2],
    ["12", 12],
    ["百", null],
    ["十2", null],
    ["2十", null],
    ["", null],
  ])("counts %j as %j", (text, count) => {
    expect(parseChineseCount(text)).toBe(count);
  });
});
