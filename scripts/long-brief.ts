/**
 * A long brief for the import benchmark: the seed brief's text with seeded synthetic policy news
 * lines (each saying it is synthetic) added to its Policy news list, until the printed PDF has as
 * many pages as asked. Same seed, same text and PDF on every machine. Synthetic lines name
 * issuing bodies of the shipped registry, so they parse as a real brief's news does.
 */
import { createRandom, type Random } from "./generate/random";
import { makeBriefPdf, type BriefPdf } from "./make-brief-pdf";

const ISSUERS = ["MIIT", "NDRC", "NEA", "MOF", "MEE", "SAMR", "CAC", "MOE"];
const TOPICS = [
  "battery recycling",
  "industrial robots",
  "hydrogen pipelines",
  "smart grids",
  "chip packaging",
  "shipbuilding standards",
  "rare earth processing",
  "data centre energy use",
];
const MONTHS = ["March", "April"];

/** A day of the seed's reporting period (March 28 – April 24, 2023), as the brief writes it. */
function day(random: Random): string {
  const offset = random.int(0, 27);
  return offset < 4 ? `${MONTHS[0]} ${28 + offset}` : `${MONTHS[1]} ${offset - 3}`;
}

function policyLine(random: Random, n: number): string {
  const issuer = random.pick(ISSUERS);
  return `- *${day(random)}:* The ${issuer} published notice ${n}, a synthetic text on ${random.pick(TOPICS)} that asks provinces to report their progress and their plans for the next two years ([${issuer} notice](#))`;
}

/** The seed text with `count` synthetic policy news lines after its own. */
export function padBriefText(seedText: string, count: number, seed = 1): string {
  const random = createRandom(seed);
  const lines = seedText.replace(/\r\n?/g, "\n").split("\n");
  const heading = lines.findIndex((line) => /^Corporate news$/i.test(line.trim()));
  if (heading < 0) throw new Error("the seed text has no Corporate news heading");
  // The policy news list ends at its last line above the next heading.
  let end = heading;
  while (end > 0 && lines[end - 1]?.trim() === "") end -= 1;
  const added = Array.from({ length: count }, (_, at) => policyLine(random, at + 1));
  return [...lines.slice(0, end), ...added, ...lines.slice(end)].join("\n");
}

/**
 * The seed brief printed on exactly `pages` pages: the fewest synthetic lines that fill them
 * (each adds a fraction of a page, so the smallest count that reaches `pages` lands on it).
 */
export async function makeLongBriefPdf(
  seedText: string,
  pages: number,
): Promise<BriefPdf & { syntheticLines: number }> {
  const print = async (count: number) => ({
    ...(await makeBriefPdf(padBriefText(seedText, count))),
    syntheticLines: count,
  });
  let low = 0;
  let high = 64;
  while ((await print(high)).pages < pages) high *= 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((await print(mid)).pages < pages) low = mid + 1;
    else high = mid;
  }
  const pdf = await print(low);
  if (pdf.pages !== pages) throw new Error(`the brief prints on ${pdf.pages} pages, not ${pages}`);
  return pdf;
}
