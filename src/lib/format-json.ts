/**
 * JSON as the repository formats it: two-space JSON through Prettier with the repository's
 * config. The ingest CLI and the import page's downloads share it, so a downloaded brief is, byte
 * for byte, the file `npm run ingest` writes (and passes `npm run format:check` when committed).
 * Prettier's standalone build loads on first use only, never with the page.
 */
import { z } from "zod";
import prettierrc from "../../.prettierrc.json";

// JSON imports type strings as string; Prettier wants its option literals.
const config = z
  .object({
    printWidth: z.number(),
    singleQuote: z.boolean(),
    trailingComma: z.enum(["all", "es5", "none"]),
  })
  .parse(prettierrc);

export async function formatJson(value: unknown): Promise<string> {
  const [prettier, babel, estree] = await Promise.all([
    import("prettier/standalone"),
    import("prettier/plugins/babel"),
    import("prettier/plugins/estree"),
  ]);
  return prettier.format(JSON.stringify(value, null, 2), {
    ...config,
    parser: "json",
    plugins: [babel, estree],
  });
}
