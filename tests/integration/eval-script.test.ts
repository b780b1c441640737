import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run eval:assistant` runs the evaluation set the way the README says, outside vitest: under
// Node's react-server condition, with its own database. It broke twice when lib/ imported modules
// that only load in the browser's React (next-intl's root); the vitest run could not see that.
function runScript(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/eval-assistant.ts", "--json"], {
      env: { ...process.env, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (part: Buffer) => (stdout += part.toString()));
    child.stderr.on("data", (part: Buffer) => (stderr += part.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run eval:assistant", () => {
  it("runs on its own and prints the whole report, every case judged", { timeout: 180_000 }, async () => {
    const { code, stdout, stderr } = await runScript();
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as { passRate: number; cases: unknown[] };
    expect(report.cases.length).toBeGreaterThanOrEqual(60);
    expect(report.passRate).toBeGreaterThanOrEqual(90);
  });
});
