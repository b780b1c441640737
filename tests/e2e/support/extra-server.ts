import { spawn, type ChildProcess } from "node:child_process";
import { dirname } from "node:path";
import { e2eServerEnv } from "./server-env";

/** The e2e server's data directory, from the database URL playwright.config.ts shares with specs. */
export function e2eDataDir(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url?.startsWith("file:")) throw new Error("E2E_DATABASE_URL is set by playwright.config.ts");
  return dirname(url.slice("file:".length));
}

export const mainPort = Number(process.env.E2E_PORT ?? 3100);

export type ExtraServer = {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Sends a signal and resolves with the exit code once the process has exited. */
  signal: (signal: NodeJS.Signals) => Promise<number | null>;
};

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the standalone server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the standalone server on ${url} did not become healthy:\n${output()}`);
}

/**
 * Another standalone server (`npm run start:standalone`) of the build the e2e server runs (same
 * NEXT_DIST_DIR), with the e2e server's environment and database unless `overrides` say otherwise.
 */
export async function startExtraServer(port: number, overrides: Record<string, string> = {}): Promise<ExtraServer> {
  const url = `http://127.0.0.1:${port}`;
  const env = { ...e2eServerEnv(port, e2eDataDir()), ...overrides };
  const child = spawn(process.execPath, ["scripts/start-standalone.mjs"], {
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null) child.kill(name);
    return exit;
  };
  try {
    await waitForHealth(url, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output, stop, signal };
}
