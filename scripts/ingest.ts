/**
 * `npm run ingest`: a brief's text, or a CSV of policy documents, to the app's data.
 * Exit codes: 0 done, 1 the input or output needs fixing, 2 wrong usage. See --help.
 */
import { HELP, parseIngestArgs, UsageError } from "./ingest-args";
import { InputError } from "./ingest-files";
import { escapeControls } from "./ingest-print";
import { runBriefIngest, runCsvIngest } from "./ingest-run";

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseIngestArgs(argv);
    if (args.help) {
      print(HELP);
      return 0;
    }
    const result =
      args.csv && args.map
        ? await runCsvIngest(args, args.csv, args.map)
        : await runBriefIngest(args, args.input ?? "");
    print(result.lines.join("\n"));
    if (result.failure === null) return 0;
    printError(`Nothing was written: ${result.failure}`);
    return 1;
  } catch (error) {
    if (error instanceof UsageError) {
      printError(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof InputError) {
      printError(`Nothing was written: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

// Everything printed may quote the input, so it goes out with control characters escaped.
function print(text: string): void {
  console.log(escapeControls(text));
}

function printError(text: string): void {
  console.error(escapeControls(text));
}

process.exitCode = await main(process.argv.slice(2));
