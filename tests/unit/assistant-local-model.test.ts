import type { LanguageModelV3CallOptions, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { generateText } from "ai";
import { describe, expect, it } from "vitest";
import { LocalRecipeModel } from "@/lib/assistant/local-model";
import { wrapGuide } from "@/lib/assistant/local-model/support-answers";

const guide = wrapGuide("## Shipping\n\n### How much does shipping cost?\nShipping is a flat $4.95 per order, and free on orders of $50 or more.\n");
const recipeTools: LanguageModelV3CallOptions["tools"] = ["findRecipes", "searchProducts", "checkStock", "addRecipeToCart"].map((name) => ({
  type: "function",
  name,
  inputSchema: { type: "object" },
}));

function prompt(question: string): LanguageModelV3CallOptions["prompt"] {
  return [
    { role: "system", content: `Be helpful.\n${guide}` },
    { role: "user", content: [{ type: "text", text: question }] },
  ];
}

async function streamParts(options: LanguageModelV3CallOptions) {
  const { stream } = await new LocalRecipeModel({ chunkDelayMs: 0 }).doStream(options);
  const parts: LanguageModelV3StreamPart[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

describe("the local recipe model as a LanguageModelV3", () => {
  it("asks for the recipe tools first, with the filters it read, and says what it is doing", async () => {
    const parts = await streamParts({ prompt: prompt("What can I cook tonight with chickpeas, vegan, under $15?"), tools: recipeTools });
    const calls = parts.filter((part) => part.type === "tool-call");
    expect(calls.map((call) => call.toolName)).toEqual(["findRecipes", "searchProducts"]);
    expect(JSON.parse(calls[0].input)).toEqual({ limit: 3, ingredients: ["chickpeas"], diet: ["vegan"], meal: "dinner", maxTotalCents: 1500 });
    const text = parts.flatMap((part) => (part.type === "text-delta" ? [part.delta] : [])).join("");
    expect(text).toBe("Looking for recipes with chickpeas, vegan, for dinner, under $15.00 that you can cook from today's stock…");
    expect(parts.at(-1)).toMatchObject({ type: "finish", finishReason: { unified: "tool-calls" } });
  });

  it("is deterministic: the same prompt streams the same parts", async () => {
    const options = { prompt: prompt("Any quick breakfast ideas for two?"), tools: recipeTools };
    expect(await streamParts(options)).toEqual(await streamParts(options));
  });

  it("answers from the support guide in its system prompt through generateText, in small pieces when streamed", async () => {
    const { text, finishReason } = await generateText({ model: new LocalRecipeModel(), system: `Be helpful.\n${guide}`, prompt: "How much is shipping?" });
    expect(finishReason).toBe("stop");
    expect(text).toContain("Shipping is a flat $4.95 per order, and free on orders of $50 or more.");
    const deltas = (await streamParts({ prompt: prompt("How much is shipping?") })).flatMap((part) => (part.type === "text-delta" ? [part.delta] : []));
    expect(deltas.join("")).toBe(text);
    expect(deltas.length).toBeGreaterThan(3);
    for (const delta of deltas) expect(delta.trim().split(/\s+/).length).toBeLessThanOrEqual(8);
  });

  it("does not pretend to use tools it was not given", async () => {
    const parts = await streamParts({ prompt: prompt("What can I cook with chickpeas?") });
    expect(parts.some((part) => part.type === "tool-call")).toBe(false);
    const text = parts.flatMap((part) => (part.type === "text-delta" ? [part.delta] : [])).join("");
    expect(text).toContain("I couldn't check the shop's stock just now");
  });
});
