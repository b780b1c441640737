import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// `npm run eval:assistant` — asks the evaluation set (tests/assistant-eval/questions.json) of the
// local recipe model on a fresh seeded database and prints the pass rate per kind and overall.
//   npm run eval:assistant -- --verbose   also lists every failed case and why
//   npm run eval:assistant -- --json      prints the whole report as JSON
async function main() {
  const dir = mkdtempSync(join(tmpdir(), "beyond-earth-eval-"));
  process.env.DATABASE_URL = `file:${join(dir, "eval.db")}`;
  process.env.AUTH_SECRET ??= "eval-secret-that-is-long-enough-0123456789";
  delete process.env.OPENAI_API_KEY;
  delete process.env.STRIPE_SECRET_KEY;
  try {
    const { runMigrations } = await import("@/db/migrate");
    const { seedCatalog } = await import("@/db/seed");
    const { closeDb } = await import("@/db/client");
    const { runEval, formatEvalReport } = await import("../tests/assistant-eval/run");
    await runMigrations();
    await seedCatalog();
    const report = await runEval();
    closeDb();
    if (process.argv.includes("--json")) console.log(JSON.stringify(report, null, 2));
    else console.log(formatEvalReport(report, { verbose: process.argv.includes("--verbose") }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main()
  // Exit once stdout has drained: a large --json report piped to another program was cut short.
  .then(() => process.stdout.write("", () => process.exit(0)))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
