/** The short report `npm run ingest` prints: counts, then warnings, unparsed lines and proposals. */
import type { BriefInput } from "../src/ingest/parse-brief";
import type { IngestReport, Proposal } from "../src/ingest/report";

const LIST_LIMIT = 25;

// C0 and C1 controls except tab and newline, and the bidirectional overrides: text from the input
// must not move the cursor, ring the bell or reorder what the terminal shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Control characters as visible escapes: ESC becomes \x1B, RIGHT-TO-LEFT OVERRIDE \u202E. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

export function briefCounts(brief: BriefInput): string[] {
  const targets = brief.targets ?? [];
  const news = brief.corporateNews ?? [];
  const policies = [...brief.top5, ...(brief.policyNews ?? []), ...(brief.documents ?? [])];
  const companies = new Set(news.flatMap((item) => item.companies));
  const issuers = new Set(policies.flatMap((item) => item.issuingBodies));
  return [
    `Brief ${brief.id}: ${brief.series}, published ${brief.publishedOn}, period ${brief.reportingPeriod.start} – ${brief.reportingPeriod.end}`,
    `  Top 5 items: ${brief.top5.length}, policy news: ${brief.policyNews?.length ?? 0}, corporate news: ${news.length}${brief.documents ? `, documents: ${brief.documents.length}` : ""}`,
    `  targets: ${targets.length} (${targets.filter((t) => (t.quantities?.length ?? 0) > 0).length} with a number), companies: ${companies.size}, issuing bodies: ${issuers.size}`,
  ];
}

export function reportLines(report: IngestReport, noun: "line" | "row"): string[] {
  const skippedBy = new Map<string, number>();
  report.skipped.forEach(({ reason }) => skippedBy.set(reason, (skippedBy.get(reason) ?? 0) + 1));
  const skipped = [...skippedBy].map(([reason, count]) => `${reason}: ${count}`).join(", ");
  const proposals = [
    ...report.proposals.companies.map((p) => describeProposal("company", p)),
    ...report.proposals.issuingBodies.map((p) => describeProposal("issuing body", p)),
  ];
  return [
    `  ${noun}s skipped: ${report.skipped.length}${skipped ? ` (${skipped})` : ""}; unparsed: ${report.unparsed.length}`,
    ...section(
      "Warnings",
      report.warnings.map((w) => `${w.line === null ? "" : `${noun} ${w.line}: `}${w.message}`),
    ),
    ...section(
      `Unparsed ${noun}s`,
      report.unparsed.map((u) => `${noun} ${u.line}: ${shorten(u.text)} (${u.reason})`),
    ),
    ...section("Registry additions to review", proposals),
  ];
}

function describeProposal(what: string, proposal: Proposal<object>): string {
  const at = proposal.line === null ? "" : ` (line ${proposal.line})`;
  const state =
    proposal.missing.length === 0
      ? "complete: --update-registries writes it"
      : `needs ${proposal.missing.join(", ")} (fill in through the annotations file)`;
  return `${what}${at}: ${JSON.stringify(proposal.record)}; ${state}`;
}

function section(title: string, items: string[]): string[] {
  if (items.length === 0) return [];
  const more =
    items.length > LIST_LIMIT ? [`  … and ${items.length - LIST_LIMIT} more (see --report)`] : [];
  return [
    `${title} (${items.length}):`,
    ...items.slice(0, LIST_LIMIT).map((item) => `  ${item}`),
    ...more,
  ];
}

function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
