/**
 * The AUTHORS and EDITORS blocks: a name line followed by its role, which may wrap
 * ("Director Communications" / "and Publications, MERICS"), one person per group of lines.
 * A single line "Name, Role" works too.
 */
import type { Person } from "@/data/schema";
import type { ReportBuilder } from "./report";
import type { SourceLine } from "./source-lines";

export function parsePeople(lines: readonly SourceLine[], report: ReportBuilder): Person[] {
  const people: Person[] = [];
  let group: SourceLine[] = [];
  const flush = () => {
    // Lines that each hold a comma are one person each ("Name, Role", as copied from the web);
    // otherwise the group is a name line and its (possibly wrapped) role.
    const groups = group.every((line) => textOf(line).includes(","))
      ? group.map((l) => [l])
      : [group];
    for (const lines of groups) {
      const person = toPerson(lines);
      if (person) {
        people.push(person);
        report.use(lines.map((l) => l.number));
      } else
        report.reject(
          lines.map((l) => l.number),
          "not a name followed by a role",
        );
    }
    group = [];
  };
  for (const line of lines) {
    if (line.kind.kind === "blank") {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: flushing an empty group adds no person and reports no line
      if (group.length > 0) flush();
    } else group.push(line);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: flushing an empty group adds no person and reports no line
  if (group.length > 0) flush();
  return people;
}

function textOf(line: SourceLine): string {
  return line.kind.kind === "bullet" ? line.kind.text : line.text;
}

function toPerson(group: readonly SourceLine[]): Person | null {
  const [first, ...rest] = group.map(textOf);
  if (first === undefined) return null;
  if (rest.length > 0) return { name: first, role: rest.join(" ") };
  const comma = first.indexOf(",");
  if (comma <= 0) return null;
  return { name: first.slice(0, comma).trim(), role: first.slice(comma + 1).trim() };
}
