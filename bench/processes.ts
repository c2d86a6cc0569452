/**
 * Servers and browsers the bench starts, each in its own process group so stopping it ends its
 * children too (npx → node), and nothing else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface Running {
  url: string;
  /** Ends the process group and resolves once the process has exited. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now, from the system. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function startGroup(command: string, args: readonly string[]): ChildProcess {
  return spawn(command, args, { detached: true, stdio: "ignore" });
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const { pid } = child;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group is already gone.
    }
  };
  signal("SIGTERM");
  const stubborn = setTimeout(() => signal("SIGKILL"), 5000);
  await exited;
  clearTimeout(stubborn);
}

/** Polls `url` until it answers 200, or fails after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function startAndWait(
  command: string,
  args: readonly string[],
  url: string,
  readyUrl: string,
): Promise<Running> {
  const child = startGroup(command, args);
  const stop = () => stopGroup(child);
  try {
    await waitForHttp(readyUrl, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** `vite preview` of a build folder on a free loopback port. */
export async function startPreview(outDir: string): Promise<Running> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const args = ["vite", "preview", "--outDir", outDir, "--port", String(port), "--strictPort"];
  return startAndWait("npx", [...args, "--host", "127.0.0.1"], url, url);
}

/** Debian's Chromium (CHROMIUM_PATH overrides it) with a DevTools port, for Lighthouse. */
export async function startChromium(userDataDir: string): Promise<Running & { port: number }> {
  const port = await freePort();
  const running = await startAndWait(
    process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${userDataDir}`,
      "about:blank",
    ],
    `http://127.0.0.1:${port}/`,
    `http://127.0.0.1:${port}/json/version`,
  );
  return { ...running, port };
}
