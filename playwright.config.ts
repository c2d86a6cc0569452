import { defineConfig, devices } from "@playwright/test";
import { chromiumPath, e2eTimeouts, timeoutScale } from "./scripts/e2e-env";

const executablePath = chromiumPath(process.env);
// Every wait scales with E2E_TIMEOUT_SCALE, so a slower or busier machine needs one setting only.
const timeouts = e2eTimeouts(timeoutScale(process.env));
// Each run builds into its own folder and port, so parallel runs cannot serve each other's build.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = `.e2e/dist-${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `.e2e/results-${port}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: timeouts.test,
  expect: { timeout: timeouts.expect },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    actionTimeout: timeouts.action,
    navigationTimeout: timeouts.navigation,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: timeouts.webServer,
    stdout: "ignore",
    stderr: "pipe",
  },
});
