import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, type Section } from "./support";

/**
 * The assistant's evaluation set (`npm run bench -- --only assistant-eval`): the pass rate of the
 * local recipe model per kind of question and overall, from `npm run eval:assistant -- --json`.
 */

type Report = { byKind: { kind: string; passed: number; total: number }[]; passed: number; total: number; passRate: number };

const TARGET_PERCENT = 90;

export const assistantEvalSection: Section = {
  name: "assistant-eval",
  description: "recipe assistant, local model: evaluation set pass rate per kind of question",
  usesServer: false,
  run: async () => {
    const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/eval-assistant.ts", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, OPENAI_API_KEY: "", STRIPE_SECRET_KEY: "" },
    });
    if (result.status !== 0) throw new Error(`eval:assistant failed with code ${result.status}: ${result.stderr}`);
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf("{"))) as Report;
    return {
      results: { byKind: report.byKind, passed: report.passed, total: report.total, passRate: report.passRate },
      rows: [
        { section: "assistant-eval", metric: `pass rate (${report.total} questions, local model)`, value: report.passRate, unit: "%", target: `≥ ${TARGET_PERCENT}%`, ok: report.passRate >= TARGET_PERCENT },
      ],
      table: {
        title: "Assistant evaluation set (local recipe model)",
        columns: ["kind", "passed", "rate"],
        rows: [
          ...report.byKind.map((row) => [row.kind, `${row.passed}/${row.total}`, `${Math.round((row.passed / row.total) * 100)}%`]),
          ["overall", `${report.passed}/${report.total}`, `${report.passRate}%`],
        ],
      },
    };
  },
};
