import type { Options, Result } from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One line of the summary table: sections add as many as they measure. */
export type BenchRow = { section: string; metric: string; value: number; unit: string; target?: string; ok?: boolean };

/** A section's own table, printed as is (for example routes × req/s × latency). */
export type BenchTable = { title: string; columns: string[]; rows: string[][] };

export type SectionOutput = { rows: BenchRow[]; results: unknown; table?: BenchTable };

export type BenchServer = { baseUrl: string; databaseUrl: string; distDir: string; pid?: number };

export type BenchContext = {
  /** The production build served on a free port against a freshly seeded database, started on first use. */
  server(): Promise<BenchServer>;
};

/** A part of `npm run bench`. Add one by writing `bench/<name>.ts` and listing it in `bench/run.ts`. */
export type Section = { name: string; description: string; usesServer: boolean; run(context: BenchContext): Promise<SectionOutput> };

export const ROOT = process.cwd();
export const DIST_DIR = ".next-bench";

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? 0) };
}

/** A small deterministic generator, so every bench run asks the same questions in the same order. */
export function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A temp directory removed when the bench ends, however it ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const cleanups: (() => void)[] = [];
export function cleanUp() {
  while (cleanups.length) cleanups.pop()?.();
}

/** The webhook signing secret the bench server runs with; the sandbox and the webhook bench sign with it. */
export const BENCH_WEBHOOK_SECRET = "whsec_bench_local_0123456789";

export function benchEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnop",
    STRIPE_SECRET_KEY: "",
    STRIPE_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
    OPENAI_API_KEY: "",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** Runs a command to completion; its output is shown only if it fails. */
export function runQuiet(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(" ")} failed with code ${result.status}`);
  }
}

const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);

/** Migrates and seeds the demo catalogue into a new database file. */
export function seedDatabase(databaseUrl: string) {
  runQuiet(bin("tsx"), ["scripts/seed.ts"], benchEnv(databaseUrl));
}

export function build(databaseUrl: string) {
  runQuiet(bin("next"), ["build"], benchEnv(databaseUrl));
}

async function waitForHealth(baseUrl: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("next start did not become healthy within 60 s");
}

export async function startServer(databaseUrl: string): Promise<BenchServer> {
  // BENCH_PORT pins the port where several people share one machine, each with their own ports.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  // No -H, as operators run it. (Bound to 127.0.0.1, middleware's rewrites are served in place too:
  // next.config.ts's skipProxyUrlNormalize; tests/e2e/operations.spec.ts checks it.)
  const child = spawn(bin("next"), ["start", "-p", String(port)], { cwd: ROOT, env: benchEnv(databaseUrl), stdio: ["ignore", "ignore", "inherit"] });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill("SIGTERM");
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  return { baseUrl, databaseUrl, distDir: DIST_DIR, pid: child.pid };
}

/**
 * Runs a bench module in a child process with the `react-server` condition, as Next runs server
 * code; or, with `reactServer: false`, as the tests load it (`server-only` resolves to an empty
 * module), for code that also reaches next-auth's client half, which needs React's default build.
 */
export function runServerChild(file: string, env: NodeJS.ProcessEnv, marker: string, { reactServer = true } = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const args = reactServer ? ["--conditions=react-server", join(ROOT, "bench", file)] : [join(ROOT, "bench", file)];
    const childEnv = reactServer ? env : { ...env, TSX_TSCONFIG_PATH: join(ROOT, "bench", "tsconfig.node-child.json") };
    const child = spawn(bin("tsx"), args, { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (data: Buffer) => (stdout += data.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = stdout.split("\n").find((candidate) => candidate.startsWith(marker));
      if (code !== 0 || !line) return reject(new Error(`bench/${file} exited with code ${code}`));
      resolve(JSON.parse(line.slice(marker.length)));
    });
  });
}

/** The child's half of `runServerChild`: runs the measurement and hands its results back on the marked line. */
export function reportToParent(marker: string, run: () => Promise<unknown>) {
  run()
    .then((results) => {
      process.stdout.write(`${marker}${JSON.stringify(results)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

/**
 * The foot of a section module that measures in a child (`runServerChild`). As that child (its
 * `childFlag` variable set to "1") it runs `runChild` and reports to the parent; run directly as
 * `tsx bench/<file>` it runs the section alone with `alone`, prints its table (and its results with
 * `printResults`) and cleans up.
 */
export function sectionEntry(options: {
  file: string;
  childFlag: string;
  marker: string;
  runChild: () => Promise<unknown>;
  alone: () => Promise<SectionOutput>;
  printResults?: boolean;
}) {
  if (process.env[options.childFlag] === "1") return reportToParent(options.marker, options.runChild);
  if (!process.argv[1]?.endsWith(join("bench", options.file))) return;
  void (async () => {
    try {
      const output = await options.alone();
      if (output.table) console.log(formatTable(output.table));
      if (options.printResults) console.log(JSON.stringify(output.results, null, 2));
    } finally {
      cleanUp();
    }
  })();
}

/** CPU time (user + system) a process has used so far, in ms; undefined where /proc is not available. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export function formatTable(table: BenchTable): string {
  const widths = table.columns.map((column, index) => Math.max(column.length, ...table.rows.map((row) => (row[index] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join(" | ")} |`;
  return [`${table.title}`, line(table.columns), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...table.rows.map(line)].join("\n");
}

/**
 * Autocannon's `requests` for POSTing signed webhook deliveries to /api/webhooks/stripe, each
 * connection taking the next one in turn (run it with `amount: deliveries.length`).
 */
/**
 * A run of a fixed number of requests, and its requests per second from the first to the last
 * answer. autocannon's own `duration` runs on to its next one-second tick after the last answer,
 * which reads a 4.1 s run of 4,500 requests as 5 s (18 % slow): too coarse to compare two routes.
 */
export async function countedRun(options: Options & { amount: number }): Promise<{ result: Result; requestsPerSecond: number }> {
  // Loaded when used: the bench's child processes import this module too.
  const { default: autocannon } = await import("autocannon");
  const started = performance.now();
  let last = started;
  const result = await autocannon(options).on("response", () => {
    last = performance.now();
  });
  return { result, requestsPerSecond: result.requests.total / Math.max(0.001, (last - started) / 1000) };
}

export function signedDeliveries(deliveries: readonly { payload: string; signature: string }[], onResponse?: (status: number, body: string) => void): NonNullable<Options["requests"]> {
  let cursor = 0;
  return [
    {
      method: "POST",
      setupRequest: (request) => {
        const next = deliveries[cursor++ % deliveries.length];
        return { ...request, headers: { "content-type": "application/json", "stripe-signature": next.signature }, body: next.payload };
      },
      ...(onResponse ? { onResponse: (status: number, body: string) => onResponse(status, body) } : {}),
    },
  ];
}
