import { createRequire } from "node:module";
import { cruise, type IReporterOutput } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// The rules live in .dependency-cruiser.cjs so `npx depcruise` reports exactly what this test enforces.
const config = require("../../.dependency-cruiser.cjs");

async function violations(): Promise<string[]> {
  const result: IReporterOutput = await cruise(["app", "components", "lib", "db", "middleware.ts"], {
    ruleSet: { forbidden: config.forbidden },
    ...config.options,
    validate: true,
  });
  if (typeof result.output === "string") throw new Error(result.output);
  return result.output.summary.violations.map((violation) => {
    const path = violation.cycle?.length ? ` (${[violation.from, ...violation.cycle.map((step) => step.name)].join(" → ")})` : "";
    return `${violation.rule.name}: ${violation.from} → ${violation.to}${path}`;
  });
}

describe("architecture", () => {
  it("keeps the boundaries: no import cycles, lib never imports pages or components, ui holds no domain code, the sandbox imports nothing of the app, the local model reads only the tool schemas, middleware stays edge-safe", async () => {
    expect(await violations()).toEqual([]);
  }, 120_000);
});
