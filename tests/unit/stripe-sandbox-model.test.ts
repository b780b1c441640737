import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateModel, MODEL_PATH, SANDBOX_ENDPOINTS, serializeModel } from "../../scripts/stripe-sandbox-model";
import { sandboxRoutes } from "@/lib/stripe-sandbox/resources";

describe("the Stripe sandbox's generated model", () => {
  it("matches the installed stripe package's declarations (run `npm run stripe:sandbox:model` after an SDK upgrade)", () => {
    const committed = readFileSync(MODEL_PATH, "utf8");
    expect(serializeModel(generateModel())).toBe(committed);
  }, 60_000);

  it("covers every endpoint the sandbox implements", () => {
    const implemented = sandboxRoutes.map((route) => `${route.method} ${route.path}`).sort();
    expect(SANDBOX_ENDPOINTS.map(([endpoint]) => endpoint).sort()).toEqual(implemented);
  });
});
