import type { IncomingMessage, ServerResponse } from "node:http";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedCatalog } from "@/db/seed";
import { findRecipesOutput } from "@/lib/assistant/tools/schemas";
import { resetEnvCache } from "@/lib/config/env";
import { threadMessages } from "@/lib/assistant/threads";
import { useOpenAiServer } from "../support/openai-server";
import { ask, askAndRead, newVisitor, readReply, usesLeft } from "./assistant-helpers";

/**
 * An OpenAI-compatible server on 127.0.0.1 that streams recorded Chat Completions chunks, so the
 * real @ai-sdk/openai provider code runs: first a findRecipes tool call, then, once it sees the
 * tool's result, an answer naming the first recipe it was given.
 */
type Recorded = { path: string; authorization?: string; body: { model: string; stream: boolean; messages: { role: string; content: unknown; tool_call_id?: string }[]; tools?: { function: { name: string } }[] } };

const requests: Recorded[] = [];

function sse(response: ServerResponse, chunks: object[]) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const chunk of chunks) response.write(`data: ${JSON.stringify(chunk)}\n\n`);
  response.write("data: [DONE]\n\n");
  response.end();
}

function chunk(delta: object, finish: string | null = null, extra: object = {}) {
  return { id: "chatcmpl-rec-1", object: "chat.completion.chunk", created: 1767225600, model: "gpt-4o-mini-2024-07-18", system_fingerprint: "fp_rec", choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...extra };
}

function handle(request: IncomingMessage, json: unknown, response: ServerResponse) {
  const body = json as Recorded["body"];
  requests.push({ path: request.url ?? "", authorization: request.headers.authorization, body });

  if (request.headers.authorization !== "Bearer sk-test-recorded") {
    response.writeHead(401, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { message: "Incorrect API key provided: sk-wrong.", type: "invalid_request_error", code: "invalid_api_key" } }));
    return;
  }
  if (request.url !== "/v1/chat/completions") {
    response.writeHead(404).end();
    return;
  }
  const toolMessage = [...body.messages].reverse().find((message) => message.role === "tool");
  if (!toolMessage) {
    const args = JSON.stringify({ ingredients: ["chickpeas"], diet: ["vegan"], limit: 2 });
    sse(response, [
      chunk({ role: "assistant", content: null, tool_calls: [{ index: 0, id: "call_rec_1", type: "function", function: { name: "findRecipes", arguments: "" } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(0, 20) } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(20) } }] }),
      chunk({}, "tool_calls"),
      { ...chunk({}), choices: [], usage: { prompt_tokens: 812, completion_tokens: 24, total_tokens: 836 } },
    ]);
    return;
  }
  const content = typeof toolMessage.content === "string" ? toolMessage.content : JSON.stringify(toolMessage.content);
  const title = content.match(/"title":"([^"]+)"/)?.[1] ?? "nothing";
  const words = `From what's in stock now, try **${title}**. Everything it needs is available today.`.split(/(?<= )/);
  sse(response, [
    chunk({ role: "assistant", content: "" }),
    ...words.map((word) => chunk({ content: word })),
    chunk({}, "stop"),
    { ...chunk({}), choices: [], usage: { prompt_tokens: 1650, completion_tokens: 21, total_tokens: 1671 } },
  ]);
}

useOpenAiServer("sk-test-recorded", handle, { OPENAI_MODEL: "gpt-4o-mini" });
beforeAll(async () => {
  await seedCatalog();
});

describe("the OpenAI path (OPENAI_API_KEY set)", () => {
  it("streams the model's answer, after running the tool it asked for against the live database", async () => {
    requests.length = 0;
    const response = await ask({ text: "Vegan ideas with chickpeas?" });
    expect(response.status).toBe(200);
    const threadId = response.headers.get("X-Thread-Id") ?? "";
    const reply = await readReply(response);

    expect(reply.model).toBe("gpt-4o-mini");
    const [found] = reply.tools.get("findRecipes") ?? [];
    const recommended = findRecipesOutput.parse(found).recipes[0];
    expect(recommended.tags).toContain("vegan");
    expect(reply.text).toBe(`From what's in stock now, try **${recommended.title}**. Everything it needs is available today.`);

    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect(first.path).toBe("/v1/chat/completions");
    expect(first.authorization).toBe("Bearer sk-test-recorded");
    expect(first.body).toMatchObject({ model: "gpt-4o-mini", stream: true });
    expect(first.body.tools?.map((tool) => tool.function.name).sort()).toEqual(["addRecipeToCart", "checkStock", "deliveryCountries", "findRecipes", "listPlans", "productDetails", "searchProducts", "shippingQuote"]);
    const system = first.body.messages[0];
    expect(system.role).toBe("system");
    expect(String(system.content)).toContain("free on orders of $50 or more");
    expect(second.body.messages.find((message) => message.role === "tool")?.tool_call_id).toBe("call_rec_1");

    await vi.waitFor(async () => {
      const saved = await threadMessages(threadId);
      expect(saved).toHaveLength(2);
      expect(saved[1].metadata).toEqual({ model: "gpt-4o-mini" });
    });
  });

  it("sends the thread's earlier messages as context on a follow-up", async () => {
    requests.length = 0;
    const visitor = newVisitor();
    const { threadId } = await askAndRead({ text: "Vegan ideas with chickpeas?", ...visitor });
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));
    requests.length = 0;

    await readReply(await ask({ text: "And for four people?", ...visitor, threadId }));
    const roles = requests[0].body.messages.map((message) => message.role);
    expect(roles).toEqual(["system", "user", "assistant", "tool", "assistant", "user"]);
  });

  it("gives the free use back when the provider rejects the call", async () => {
    process.env.OPENAI_API_KEY = "sk-wrong";
    resetEnvCache();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const visitor = newVisitor();
      // A question not asked before: a cached answer would not reach the provider at all.
      const reply = await readReply(await ask({ text: "Vegan lunch ideas with chickpeas?", ...visitor }));
      expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
      expect(reply.errors.join(" ")).not.toContain("Incorrect API key");
      await vi.waitFor(async () => expect(await usesLeft(visitor)).toBe(3));
    } finally {
      errors.mockRestore();
      process.env.OPENAI_API_KEY = "sk-test-recorded";
      resetEnvCache();
    }
  });
});
