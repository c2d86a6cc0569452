import { describe, expect, it } from "vitest";
import { buildQuantity, buildTarget } from "../../../tests/factories/targets";
import {
  describeTargetDeadline,
  describeTimeLimit,
} from "@/domain/targets/describe-target-deadline";
import {
  describeTargetQuantity,
  formatCompactAmount,
  formatTargetAmount,
} from "@/domain/targets/describe-target-quantity";
import { toPolicyLabel } from "@/domain/targets/policy-label";
import type { Target, TargetQuantity, TimeLimit } from "@/data/model";

describe("describeTargetQuantity", () => {
  it.each<[Partial<TargetQuantity>, string, string, string]>([
    [
      {
        value: 30,
        unit: "percent",
        direction: "reduce",
        qualifier: "more than",
        baselineYear: 2020,
      },
      "more than 30 percent",
      "Reduce by more than 30 percent compared to 2020",
      "> 30%",
    ],
    [
      { value: 10000, unit: "majors", direction: "reach", qualifier: "about" },
      "about 10,000 majors",
      "Reach about 10,000 majors",
      "≈ 10,000",
    ],
    [
      { value: 5, unit: "percent", direction: "increase" },
      "5 percent",
      "Increase by 5 percent",
      "5%",
    ],
    [
      { value: 50, unit: "cities", direction: "reach", qualifier: "over" },
      "over 50 cities",
      "Reach over 50 cities",
      "> 50",
    ],
  ])("words %j", (patch, amount, sentence, compact) => {
    const quantity = buildQuantity(patch);
    expect(formatTargetAmount(quantity)).toBe(amount);
    expect(describeTargetQuantity(quantity)).toBe(sentence);
    expect(formatCompactAmount(quantity)).toBe(compact);
  });
});

describe("describeTargetDeadline", () => {
  it.each<[Partial<Target>, string]>([
    [{ targetYear: 2025, targetYearBasis: "explicit" }, "By 2025"],
    [{ targetYear: 2025, targetYearBasis: "horizon" }, "By 2025 (the policy's horizon)"],
    [{ targetYear: null, targetYearBasis: null }, "No year stated"],
    [
      {
        targetYear: null,
        targetYearBasis: null,
        timeLimit: { duty: "update the algorithm", amount: 3, unit: "month" },
      },
      "No year stated",
    ],
  ])("words %j as %s", (patch, words) => {
    expect(describeTargetDeadline(buildTarget(patch))).toBe(words);
  });
});

describe("describeTimeLimit", () => {
  it.each<[TimeLimit, string]>([
    [
      { duty: "update the algorithm", amount: 3, unit: "month" },
      "update the algorithm within 3 months",
    ],
    [{ duty: null, amount: 1, unit: "year" }, "within 1 year"],
  ])("words %j as %s", (limit, words) => {
    expect(describeTimeLimit(limit)).toBe(words);
  });
});

describe("toPolicyLabel", () => {
  const policy = (headline: string | null, en: string | null, summary: string) => ({
    headline,
    title: { en, zh: null, number: null, stage: null },
    summary,
  });
  it.each([
    [policy("Going hammer and tongs", "Opinions", "…"), "Going hammer and tongs"],
    [policy(null, "Opinions on IPv6", "…"), "Opinions on IPv6"],
    [
      policy(
        null,
        null,
        "The MIIT released draft guidelines on the national automotive chip standard system, aiming to develop over 30 key standards",
      ),
      "The MIIT released draft guidelines on the national automotive chip standard system…",
    ],
  ])("names the policy %#", (input, label) => {
    expect(toPolicyLabel(input)).toBe(label);
  });
});
