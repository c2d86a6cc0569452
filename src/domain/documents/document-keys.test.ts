import { describe, expect, it } from "vitest";
import {
  familyTitle,
  normaliseChineseTitle,
  normaliseDocumentNumber,
  stageStatedInTitle,
} from "./document-keys";

const CAC_DRAFT_NOTICE =
  "国家互联网信息办公室关于《生成式人工智能服务管理办法（征求意见稿）》公开征求意见的通知";

describe("document keys", () => {
  it.each([
    ["工信部联通装〔2023〕40号", "工信部联通装〔2023〕40号"],
    ["工信部联通装[2023]40号", "工信部联通装〔2023〕40号"],
    ["工信部联通装（2023）40号", "工信部联通装〔2023〕40号"],
    ["工信部联通装 ［2023］ 第40号", "工信部联通装〔2023〕40号"],
    ["工信部联通装〔２０２３〕４０号", "工信部联通装〔2023〕40号"],
  ])("reads the document number %j as %j", (text, canonical) => {
    expect(normaliseDocumentNumber(text)).toBe(canonical);
  });

  it("says a text that is not a document number is none", () => {
    expect(normaliseDocumentNumber("MIIT notice")).toBeNull();
  });

  it("ignores spaces, quotes, full-width forms and bracket styles in a title", () => {
    expect(normaliseChineseTitle(" 关于印发《“十四五”原材料工业发展规划》的通知 ")).toBe(
      normaliseChineseTitle("关于印发<十四五原材料工业发展规划>的通知"),
    );
    expect(normaliseChineseTitle("铸造和锻压行业（2023年版）")).toBe(
      normaliseChineseTitle("铸造和锻压行业(2023年版)"),
    );
  });

  it("keeps titles that differ in a word apart", () => {
    expect(normaliseChineseTitle("生成式人工智能服务管理办法")).not.toBe(
      normaliseChineseTitle("生成式人工智能服务管理暂行办法"),
    );
  });

  it("reads the stage a title states, and none where it states none", () => {
    expect(stageStatedInTitle(CAC_DRAFT_NOTICE)).toBe("draft");
    expect(stageStatedInTitle("关于《新能源汽车产业发展规划》的实施细则")).toBe("implementation");
    expect(stageStatedInTitle("生成式人工智能服务管理暂行办法")).toBeNull();
  });

  it("names the measures a notice is about, without the stage words", () => {
    expect(familyTitle(CAC_DRAFT_NOTICE)).toBe("生成式人工智能服务管理办法");
    expect(familyTitle("关于印发《生成式人工智能服务管理办法》的通知")).toBe(
      "生成式人工智能服务管理办法",
    );
    expect(familyTitle("生成式人工智能服务管理办法")).toBe("生成式人工智能服务管理办法");
    expect(familyTitle("生成式人工智能服务管理办法()")).toBe("生成式人工智能服务管理办法");
  });
});
