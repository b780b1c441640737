import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newCartId } from "@/lib/cart";
import { ask, createUser, readReply, subscribe } from "../integration/assistant-helpers";
import { evalSet, judge, type EvalCase, type TurnResult } from "./judge";

/**
 * Runs the evaluation set against the local recipe model through the real endpoint function
 * (`handleAssistantRequest`), each case in its own thread, as a subscriber so no free-use limit
 * interferes. Needs a migrated, seeded database in DATABASE_URL.
 */

export type CaseResult = { id: string; kind: string; question: string; passed: boolean; failures: string[]; answer: string };
export type EvalReport = { cases: CaseResult[]; byKind: { kind: string; passed: number; total: number }[]; passed: number; total: number; passRate: number };

export function loadEvalSet(): EvalCase[] {
  const file = join(process.cwd(), "tests", "assistant-eval", "questions.json");
  return evalSet.parse(JSON.parse(readFileSync(file, "utf8"))).cases;
}

async function runCase(testCase: EvalCase): Promise<CaseResult> {
  const user = await createUser();
  await subscribe(user.id);
  const cartId = newCartId();
  const results: TurnResult[] = [];
  let threadId: string | undefined;
  for (const text of testCase.turns) {
    const response = await ask({ text, threadId, user, cartId });
    if (!response.ok) {
      results.push({ text: "", tools: new Map(), errors: [`HTTP ${response.status}: ${await response.text()}`] });
      break;
    }
    threadId = response.headers.get("x-thread-id") ?? threadId;
    const reply = await readReply(response);
    results.push({ text: reply.text, tools: reply.tools, errors: reply.errors });
  }
  const failures = results.length === testCase.turns.length ? await judge(testCase, results) : results[results.length - 1].errors;
  const question = testCase.turns.join(" → ");
  return { id: testCase.id, kind: testCase.kind, question, passed: failures.length === 0, failures, answer: results[results.length - 1]?.text ?? "" };
}

export async function runEval(cases: EvalCase[] = loadEvalSet()): Promise<EvalReport> {
  const results: CaseResult[] = [];
  for (const testCase of cases) results.push(await runCase(testCase));
  const kinds = [...new Set(results.map((result) => result.kind))];
  const byKind = kinds.map((kind) => {
    const ofKind = results.filter((result) => result.kind === kind);
    return { kind, passed: ofKind.filter((result) => result.passed).length, total: ofKind.length };
  });
  const passed = results.filter((result) => result.passed).length;
  return { cases: results, byKind, passed, total: results.length, passRate: Math.round((passed / results.length) * 1000) / 10 };
}

/** The pass rate per kind and overall, as a plain-text table; with `verbose`, every failure too. */
export function formatEvalReport(report: EvalReport, { verbose = false } = {}): string {
  const width = Math.max(...report.byKind.map((row) => row.kind.length), "overall".length);
  const line = (kind: string, passed: number, total: number) => `${kind.padEnd(width)}  ${`${passed}/${total}`.padStart(7)}  ${`${Math.round((passed / total) * 100)}%`.padStart(4)}`;
  const lines = [`${"kind".padEnd(width)}  ${"passed".padStart(7)}  rate`, ...report.byKind.map((row) => line(row.kind, row.passed, row.total)), line("overall", report.passed, report.total)];
  if (verbose) {
    for (const result of report.cases.filter((entry) => !entry.passed)) {
      lines.push("", `✗ ${result.id} (${result.kind}): ${result.question}`, ...result.failures.map((failure) => `    - ${failure}`));
    }
  }
  return lines.join("\n");
}
