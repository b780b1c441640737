import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { abuseSection } from "./abuse";
import { assistantSection } from "./assistant";
import { assistantEvalSection } from "./assistant-eval";
import { checkoutSection } from "./checkout";
import { firstLoadJsSection } from "./first-load-js";
import { httpSection } from "./http";
import { lighthouseSection } from "./lighthouse";
import { searchSection } from "./search";
import { webhookSection } from "./webhook";
import { build, cleanUp, formatTable, ROOT, seedDatabase, startServer, tempDir, type BenchRow, type BenchServer, type Section } from "./support";

// `npm run bench` — builds, serves the production build on a free port against a fresh seeded
// database, runs every section and prints a table; `bench/results.json` keeps the numbers.
//   npm run bench -- --only search,http     run some sections
//   npm run bench -- --skip-build           reuse the last build in .next-bench
// A new section is a `Section` in `bench/<name>.ts`, added to this list.
export const sections: Section[] = [httpSection, firstLoadJsSection, searchSection, checkoutSection, webhookSection, assistantSection, assistantEvalSection, lighthouseSection, abuseSection];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : (process.argv[index + 1] ?? "");
}

async function main() {
  const only = option("only")?.split(",").map((name) => name.trim());
  const skipBuild = process.argv.includes("--skip-build");
  const selected = only ? sections.filter((section) => only.includes(section.name)) : sections;
  if (selected.length === 0) throw new Error(`No such section. Sections: ${sections.map((section) => section.name).join(", ")}`);

  let server: Promise<BenchServer> | undefined;
  const context = {
    server: () =>
      (server ??= (async () => {
        const databaseUrl = `file:${join(tempDir("beyond-earth-bench-"), "bench.db")}`;
        seedDatabase(databaseUrl);
        if (!skipBuild) {
          console.log("Building the production app (next build) …");
          const started = Date.now();
          build(databaseUrl);
          console.log(`  built in ${Math.round((Date.now() - started) / 1000)} s`);
        }
        return startServer(databaseUrl);
      })()),
  };

  const rows: BenchRow[] = [];
  const results: Record<string, unknown> = {};
  for (const section of selected) {
    console.log(`\n▶ ${section.name}: ${section.description}`);
    const started = Date.now();
    const output = await section.run(context);
    console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
    if (output.table) console.log(`\n${formatTable(output.table)}`);
    rows.push(...output.rows);
    results[section.name] = output.results;
  }

  console.log(
    `\n${formatTable({
      title: "Summary",
      columns: ["section", "metric", "value", "target", "met"],
      rows: rows.map((row) => [row.section, row.metric, `${row.value} ${row.unit}`, row.target ?? "", row.ok === undefined ? "" : row.ok ? "yes" : "NO"]),
    })}`,
  );

  // Sections not run this time keep their last numbers.
  const file = join(ROOT, "bench", "results.json");
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { sections?: Record<string, unknown>; rows?: BenchRow[] }) : {};
  const ran = new Set(selected.map((section) => section.name));
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        machine: { node: process.version, cpus: cpus().length, loadAverage: loadavg().map((value) => Math.round(value * 100) / 100) },
        sections: { ...previous.sections, ...results },
        rows: [...(previous.rows ?? []).filter((row) => !ran.has(row.section)), ...rows],
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${file}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(cleanUp);
