import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { createGzip } from "node:zlib";
import { COUNTRY_VOCABULARY } from "../../scripts/generate/countries";
import { generateCorporateNewsItem } from "../../scripts/generate/corporate-news";
import { createPickers } from "../../scripts/generate/pickers";
import { createRandom } from "../../scripts/generate/random";
import { generateCompanies, generateIssuingBodies } from "../../scripts/generate/registries";
import { readSectorVocabulary } from "../../scripts/generate/write-dataset";

export interface ScalingData {
  /** One JSON document `{ synthetic, companies, news }`, gzipped: what the app's format would ship. */
  jsonGz: string;
  /** The same items as tab-separated text, the input DuckDB turns into Parquet. */
  tsv: string;
  items: number;
}

const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = 3653; // 2016-01-01 to 2025-12-31

/**
 * `items` synthetic corporate news items (the generator's own pickers: zipf-skewed companies,
 * most Chinese), dated in order over ten years. Written once per seed and size, then reused.
 */
export async function generateScalingData(
  dir: string,
  items: number,
  seed: number,
): Promise<ScalingData> {
  const base = join(dir, `news-${items}-seed${seed}`);
  const data = { jsonGz: `${base}.json.gz`, tsv: `${base}.tsv`, items };
  if (existsSync(data.jsonGz) && existsSync(data.tsv)) return data;
  mkdirSync(dir, { recursive: true });

  const random = createRandom(seed);
  const companies = generateCompanies(random, 2000, COUNTRY_VOCABULARY);
  const countryOf = new Map(companies.map((c) => [c.id, c.country]));
  const pickers = createPickers(
    generateIssuingBodies(),
    readSectorVocabulary(),
    companies,
    COUNTRY_VOCABULARY[0]?.code ?? "CN",
  );

  const json = createGzip();
  const jsonDone = finished(json.pipe(createWriteStream(`${data.jsonGz}.part`)));
  const tsv = createWriteStream(`${data.tsv}.part`);
  const tsvDone = finished(tsv);
  json.write(`{"synthetic":true,"companies":${JSON.stringify(companies)},"news":[`);
  tsv.write("id\tdate\tdeal_kind\ttext\tcompanies\tcountries\tsectors\n");
  // Batches keep memory flat and let the streams drain.
  const BATCH = 10_000;
  for (let start = 0; start < items; start += BATCH) {
    const jsonLines: string[] = [];
    const tsvLines: string[] = [];
    for (let at = start; at < Math.min(items, start + BATCH); at += 1) {
      const day = new Date(FIRST_DAY + Math.floor((at * DAYS) / items) * 86_400_000);
      const item = generateCorporateNewsItem(
        random,
        pickers,
        `news-${at + 1}`,
        day.toISOString().slice(0, 10),
      );
      const countries = [...new Set(item.companies.map((id) => countryOf.get(id) ?? ""))];
      jsonLines.push(JSON.stringify(item));
      tsvLines.push(
        [
          item.id,
          item.date,
          item.dealKind,
          item.text,
          item.companies.join("|"),
          countries.join("|"),
          (item.sectors ?? []).join("|"),
        ].join("\t"),
      );
    }
    const more = start + BATCH < items ? "," : "";
    await Promise.all([
      write(json, jsonLines.join(",") + more),
      write(tsv, `${tsvLines.join("\n")}\n`),
    ]);
  }
  json.end("]}\n");
  tsv.end();
  await Promise.all([jsonDone, tsvDone]);
  renameSync(`${data.jsonGz}.part`, data.jsonGz);
  renameSync(`${data.tsv}.part`, data.tsv);
  return data;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function finished(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
}
