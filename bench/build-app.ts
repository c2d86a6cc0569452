import { spawnSync } from "node:child_process";

/**
 * A production build with its Vite manifest (`--manifest` on the command line, so the app's
 * config stays untouched). `dataUrl` points the app at another data folder (VITE_DATA_URL).
 */
export function buildApp(outDir: string, dataUrl?: string): void {
  const result = spawnSync(
    "npx",
    ["vite", "build", "--outDir", outDir, "--emptyOutDir", "--manifest", "--logLevel", "warn"],
    { stdio: "inherit", env: { ...process.env, ...(dataUrl ? { VITE_DATA_URL: dataUrl } : {}) } },
  );
  if (result.status !== 0) throw new Error(`vite build into ${outDir} failed`);
}
