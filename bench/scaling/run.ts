/**
 * `npm run bench:scaling [-- --items 1000000 --seed 1]`: facet counts over synthetic news items
 * in DuckDB (native, @duckdb/node-api, one thread) over a Parquet file, against a plain loop over
 * the same items parsed from gzipped JSON, in the same process and run. Not part of `npm run bench`
 * (minutes, not seconds). DuckDB-WASM in Chromium was tried first: its Parquet reader is an
 * extension fetched from extensions.duckdb.org at first use, which this machine cannot reach; see
 * docs/scaling.md. Bytes "transferred" are the bytes DuckDB read from the file (/proc/self/io).
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import { COUNTRY_VOCABULARY } from "../../scripts/generate/countries";
import { formatTable } from "../format";
import { describeMachine } from "../run-sections";
import type { BenchRow } from "../types";
import { generateScalingData } from "./generate";

const { values } = parseArgs({
  options: {
    items: { type: "string", default: "1000000" },
    seed: { type: "string", default: "1" },
  },
});
const items = Number(values.items);
const seed = Number(values.seed);
if (!Number.isInteger(items) || items < 1 || !Number.isInteger(seed)) {
  console.error("Usage: npm run bench:scaling -- [--items 1000000] [--seed 1] (whole numbers)");
  process.exit(2);
}

const MB = 1_000_000;
const FILTER = {
  country: COUNTRY_VOCABULARY[1]?.code ?? "US",
  from: "2024-01-01",
  to: "2024-12-31",
};
type Filter = typeof FILTER;
type Facet = "country" | "company";
const QUERIES: { facet: Facet; label: string; filter?: Filter }[] = [
  { facet: "country", label: "counts by country" },
  { facet: "company", label: "counts by company" },
  { facet: "company", label: `counts by company, ${FILTER.country} in 2024`, filter: FILTER },
];
type Counts = Record<string, number>;
interface Answer {
  ms: number;
  counts: Counts;
}

/** Bytes this process has read through read()/pread() so far (Linux): DuckDB's file reads. */
function bytesRead(): number {
  const match = /^rchar: (\d+)$/m.exec(readFileSync("/proc/self/io", "utf8"));
  return Number(match?.[1] ?? Number.NaN);
}

async function openDuckDb() {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  return instance.connect();
}
type Connection = Awaited<ReturnType<typeof openDuckDb>>;

function sqlFor(parquet: string, facet: Facet, filter?: Filter): string {
  const column = facet === "country" ? "countries" : "companies";
  const where = filter
    ? `WHERE list_contains(countries, '${filter.country}') AND date BETWEEN DATE '${filter.from}' AND DATE '${filter.to}'`
    : "";
  return `SELECT k AS key, count(*) AS n FROM (SELECT unnest(${column}) AS k FROM read_parquet('${parquet}') ${where}) GROUP BY k`;
}

async function query(connection: Connection, sql: string): Promise<Answer> {
  const started = performance.now();
  const reader = await connection.runAndReadAll(sql);
  const ms = performance.now() - started;
  const counts: Counts = {};
  for (const [key, n] of reader.getRows()) counts[String(key)] = Number(n);
  return { ms, counts };
}

/** Tab-separated items → one date-sorted Parquet file (zstd), as a build step would write it. */
async function writeParquet(tsv: string, parquet: string): Promise<void> {
  const connection = await openDuckDb();
  const list = (column: string) => `string_split(${column}, '|') AS ${column}`;
  await connection.run(`COPY (
      SELECT id, date, deal_kind, text, ${list("companies")}, ${list("countries")}, ${list("sectors")}
      FROM read_csv('${tsv}', delim = '\t', header = true, quote = '', columns = {
        'id': 'VARCHAR', 'date': 'DATE', 'deal_kind': 'VARCHAR', 'text': 'VARCHAR',
        'companies': 'VARCHAR', 'countries': 'VARCHAR', 'sectors': 'VARCHAR'})
      ORDER BY date
    ) TO '${parquet}.part' (FORMAT parquet, COMPRESSION zstd)`);
  connection.closeSync();
  // Renamed when complete, so an interrupted run never leaves a half file to be reused.
  renameSync(`${parquet}.part`, parquet);
}

interface NewsJson {
  companies: { id: string; country: string }[];
  news: { date: string; companies: string[] }[];
}

/** The baseline's counts: one plain loop over the parsed items, as the app's facets do. */
function countJson(data: NewsJson, facet: Facet, filter?: Filter): Answer {
  const countryOf = new Map(data.companies.map((c) => [c.id, c.country]));
  const started = performance.now();
  const counts: Counts = {};
  const add = (key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const item of data.news) {
    const countries = new Set(item.companies.map((id) => countryOf.get(id) ?? ""));
    const outside =
      filter &&
      (!countries.has(filter.country) || item.date < filter.from || item.date > filter.to);
    if (outside) continue;
    if (facet === "country") countries.forEach(add);
    else item.companies.forEach(add);
  }
  return { ms: performance.now() - started, counts };
}

function sameCounts(a: Counts, b: Counts): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ");
const started = new Date();
const loadAtStart = loadAverage();
console.log(
  `${started.toISOString()}: ${items.toLocaleString("en-US")} synthetic news items, seed ${seed}; load average ${loadAtStart}`,
);
const data = await generateScalingData(resolve(".bench/scaling"), items, seed);
const parquet = data.tsv.replace(/\.tsv$/, ".parquet");
if (!existsSync(parquet)) {
  console.log("writing the Parquet file with DuckDB");
  await writeParquet(data.tsv, parquet);
}

// DuckDB: a fresh instance per query for the first run (nothing cached), then the same query again.
const duck = [];
for (const spec of QUERIES) {
  const connection = await openDuckDb();
  const sql = sqlFor(parquet, spec.facet, spec.filter);
  const before = bytesRead();
  const first = await query(connection, sql);
  const bytes = bytesRead() - before;
  const again = await query(connection, sql);
  connection.closeSync();
  duck.push({ ...spec, first, again, bytes });
}

// The baseline: the whole gzipped JSON read, decompressed and parsed, then one loop per facet.
const loadStarted = performance.now();
const jsonGz = readFileSync(data.jsonGz);
const json = JSON.parse(gunzipSync(jsonGz).toString("utf8")) as NewsJson;
const jsonLoadMs = performance.now() - loadStarted;
const loops = QUERIES.map((spec) => countJson(json, spec.facet, spec.filter));
duck.forEach((d, at) => {
  if (!sameCounts(d.first.counts, loops[at]?.counts ?? {})) {
    throw new Error(`DuckDB and the JSON loop disagree on ${d.label}`);
  }
});

const wasm = readFileSync(resolve("node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
const wasmGzip = gzipSync(wasm).length;
const parquetSize = statSync(parquet).size;
const jsonBaseline = { label: "gzip JSON, whole file", value: jsonGz.length / MB };
const loopBaseline = (at: number) => ({
  label: "loop over parsed JSON",
  value: loops[at]?.ms ?? Number.NaN,
});
const rows: BenchRow[] = [
  {
    metric: "Data file size (Parquet, zstd, sorted by date)",
    value: parquetSize / MB,
    unit: "MB",
    better: "lower",
    baseline: jsonBaseline,
  },
  ...duck.flatMap((d, at): BenchRow[] => [
    {
      metric: `${d.label}: first query, fresh engine`,
      value: d.first.ms,
      unit: "ms",
      better: "lower",
      baseline: loopBaseline(at),
    },
    {
      metric: `${d.label}: same query again`,
      value: d.again.ms,
      unit: "ms",
      better: "lower",
      baseline: loopBaseline(at),
    },
    {
      metric: `${d.label}: bytes read from the Parquet file`,
      value: d.bytes / MB,
      unit: "MB",
      better: "lower",
      baseline: jsonBaseline,
    },
  ]),
  {
    metric: "Time before any count (JSON: read + gunzip + parse)",
    value: duck[0]?.first.ms ?? Number.NaN,
    unit: "ms",
    better: "lower",
    baseline: { label: "read + gunzip + JSON.parse", value: jsonLoadMs },
  },
  {
    metric: "DuckDB-WASM engine download (duckdb-eh.wasm), gzip",
    value: wasmGzip / MB,
    unit: "MB",
    better: "lower",
    baseline: { label: "gzip JSON of the data", value: jsonGz.length / MB },
  },
];
const title = `Scaling, ${items.toLocaleString("en-US")} synthetic news`;
console.log(formatTable([{ title, rows }]));
console.log(
  `DuckDB-WASM duckdb-eh.wasm uncompressed: ${(wasm.length / MB).toFixed(1)} MB. Load average at start ${loadAtStart}, at end ${loadAverage()}.`,
);
const out = resolve(".bench/scaling-results.json");
writeFileSync(
  out,
  `${JSON.stringify({ date: started.toISOString(), items, seed, loadAverage: loadAtStart, machine: describeMachine(), rows }, null, 2)}\n`,
);
console.log(`wrote ${out}`);
