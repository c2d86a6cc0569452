/** Command-line arguments of `npm run ingest`, and its help text. */
import { parseArgs } from "node:util";

export interface IngestArgs {
  input: string | null;
  csv: string | null;
  map: string | null;
  out: string;
  manifest: string;
  annotations: string | null;
  dryRun: boolean;
  force: boolean;
  updateRegistries: boolean;
  report: string | null;
  /** Seconds to wait for another ingest writing to the same manifest. */
  lockWait: number;
  help: boolean;
}

export const HELP = `Usage:
  npm run ingest -- <brief.pdf|brief.txt|brief.md> [options]
  npm run ingest -- --csv <file.csv> --map <mapping.json> [options]

Turns a China Industries brief (its PDF, text extracted from it, Markdown, or text copied from
the web page) into public/data/briefs/<id>.json, adds it to the manifest and prints a report: counts
of items, targets and companies, warnings and unparsed lines with their line numbers, and
registry additions to review. With --csv, turns a spreadsheet of policy documents into a list
file (see data/mappings/ for a mapping).

Options:
  --out <dir>            where brief files go (default public/data/briefs)
  --manifest <file>      the manifest to add the file to; registries are read from the paths
                         it names (default public/data/index.json)
  --annotations <file>   facts the text does not state (default data/annotations/<id>.json,
                         used when it exists)
  --dry-run              parse, validate and report; write nothing
  --force                overwrite an existing brief file
  --update-registries    write the proposed companies and issuing bodies that are complete
                         into the registries, then parse again with them
  --report <file.json>   also write the whole report (every warning and unparsed line) as JSON
  --lock-wait <seconds>  how long to wait while another ingest writes to the same manifest
                         (default 120); a lock left by an ingest that died is removed
  --csv <file.csv>       import policy documents from a CSV file (needs --map)
  --map <mapping.json>   how the CSV's columns map to documents
  -h, --help             show this help

Exit codes: 0 written (or dry run passed), 1 the input or the output needs fixing (the message
says what), 2 wrong usage.`;

export class UsageError extends Error {}

export function parseIngestArgs(argv: string[]): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "public/data/briefs" },
        manifest: { type: "string", default: "public/data/index.json" },
        annotations: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        "update-registries": { type: "boolean", default: false },
        csv: { type: "string" },
        map: { type: "string" },
        report: { type: "string" },
        "lock-wait": { type: "string", default: "120" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const args: IngestArgs = {
    input: positionals[0] ?? null,
    csv: values.csv ?? null,
    map: values.map ?? null,
    out: values.out,
    manifest: values.manifest,
    annotations: values.annotations ?? null,
    dryRun: values["dry-run"],
    force: values.force,
    updateRegistries: values["update-registries"],
    report: values.report ?? null,
    lockWait: Number(values["lock-wait"]),
    help: values.help,
  };
  if (args.help) return args;
  if (!Number.isFinite(args.lockWait) || args.lockWait < 0)
    throw new UsageError(`--lock-wait takes a number of seconds; got '${values["lock-wait"]}'`);
  if (positionals.length > 1)
    throw new UsageError(`one brief at a time; got ${positionals.join(", ")}`);
  if (args.csv && args.input) throw new UsageError("give either a brief file or --csv, not both");
  if (!args.csv && !args.input) throw new UsageError("name a brief file, or --csv with --map");
  if (args.csv && !args.map) throw new UsageError("--csv needs --map <mapping.json>");
  if (!args.csv && args.map) throw new UsageError("--map goes with --csv");
  if (args.csv && (args.annotations || args.updateRegistries)) {
    throw new UsageError("--annotations and --update-registries are for briefs, not --csv");
  }
  return args;
}
