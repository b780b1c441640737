import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/db/seed";
import { formatEvalReport, runEval } from "../assistant-eval/run";

beforeAll(async () => {
  await seedCatalog();
});

// The local model answered 68% of the set before the language, off-topic and injection fixes (99% after).
const PASS_RATE_FLOOR = 90;

describe("the assistant's evaluation set, on the local recipe model", () => {
  it(`passes at least ${PASS_RATE_FLOOR}% of the shopper questions, judged against the database`, { timeout: 240_000 }, async () => {
    const report = await runEval();
    const summary = formatEvalReport(report, { verbose: true });
    expect(report.passRate, summary).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
    // Never a wrong price, a made-up product or a sold-out item called available, whatever else fails.
    const ungrounded = report.cases.flatMap((entry) => entry.failures.filter((failure) => /not in the shop|quotes \$|without saying it is sold out/.test(failure)));
    expect(ungrounded).toEqual([]);
  });
});
