/**
 * `npm run ingest`: a brief's text, or a CSV of policy documents, to the app's data.
 * Exit codes: 0 done, 1 the input or output needs fixing, 2 wrong usage. See --help.
 */
import { HELP, parseIngestArgs, UsageError } from "./ingest-args";
import { InputError } from "./ingest-files";
import { runBriefIngest, runCsvIngest } from "./ingest-run";

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseIngestArgs(argv);
    if (args.help) {
      console.log(HELP);
      return 0;
    }
    const result =
      args.csv && args.map
        ? await runCsvIngest(args, args.csv, args.map)
        : await runBriefIngest(args, args.input ?? "");
    console.log(result.lines.join("\n"));
    if (result.failure === null) return 0;
    console.error(`Nothing was written: ${result.failure}`);
    return 1;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(`Nothing was written: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
