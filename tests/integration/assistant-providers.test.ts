import type { IncomingMessage, ServerResponse } from "node:http";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chatMessages, chatThreads } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { MAX_OUTPUT_TOKENS, MAX_STEPS } from "@/lib/assistant";
import { threadMessages } from "@/lib/assistant/threads";
import { useOpenAiServer } from "../support/openai-server";
import { ask, askAndRead, newVisitor, readReply, usesLeft } from "./assistant-helpers";

/**
 * A local OpenAI-compatible server scripted to misbehave the ways real providers do: hang before
 * the first token, stall mid-answer, drop the connection, answer 429 or 500, return nothing, or
 * call tools forever. The real @ai-sdk/openai provider talks to it.
 */
type Script = "answer" | "hang" | "slow" | "drop" | "429" | "500" | "empty" | "loop";
type Body = { max_tokens?: number; max_completion_tokens?: number; tools?: unknown[]; messages: { role: string }[] };

let script: Script = "answer";
const bodies: Body[] = [];

function chunk(delta: object, finish: string | null = null) {
  return { id: "chatcmpl-script", object: "chat.completion.chunk", created: 1767225600, model: "gpt-4o-mini", choices: [{ index: 0, delta, finish_reason: finish }] };
}

function startSse(response: ServerResponse) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  response.flushHeaders();
}

const send = (response: ServerResponse, data: object) => response.write(`data: ${JSON.stringify(data)}\n\n`);

function answer(response: ServerResponse, text: string) {
  startSse(response);
  send(response, chunk({ role: "assistant", content: "" }));
  for (const word of text.split(/(?<= )/)) send(response, chunk({ content: word }));
  send(response, chunk({}, "stop"));
  response.end("data: [DONE]\n\n");
}

function handle(_request: IncomingMessage, json: unknown, response: ServerResponse) {
  const body = json as Body;
  bodies.push(body);
  switch (script) {
    case "answer":
      return answer(response, "Try the **Chickpea curry**: everything it needs is in stock.");
    case "hang":
      return; // Never answers: headers, tokens, nothing.
    case "slow": {
      startSse(response);
      send(response, chunk({ role: "assistant", content: "" }));
      const timer = setInterval(() => send(response, chunk({ content: "and " })), 50);
      response.on("close", () => clearInterval(timer));
      return;
    }
    case "drop":
      startSse(response);
      send(response, chunk({ role: "assistant", content: "" }));
      send(response, chunk({ content: "Try the chickpea " }));
      setTimeout(() => response.socket?.destroy(), 30);
      return;
    case "429":
      response.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
      return response.end(JSON.stringify({ error: { message: "Rate limit reached for gpt-4o-mini", type: "requests", code: "rate_limit_exceeded" } }));
    case "500":
      response.writeHead(500, { "content-type": "application/json" });
      return response.end(JSON.stringify({ error: { message: "The server had an error while processing your request.", type: "server_error" } }));
    case "empty":
      startSse(response);
      send(response, chunk({ role: "assistant", content: "" }));
      send(response, chunk({}, "stop"));
      return response.end("data: [DONE]\n\n");
    case "loop":
      // Calls a tool whenever it is offered one, like a model stuck in a loop.
      if (!body.tools?.length) return answer(response, "Here is what I found so far: the chickpea recipes above are in stock.");
      startSse(response);
      send(response, chunk({ role: "assistant", content: null, tool_calls: [{ index: 0, id: `call_${bodies.length}`, type: "function", function: { name: "searchProducts", arguments: JSON.stringify({ query: "chickpeas" }) } }] }));
      send(response, chunk({}, "tool_calls"));
      return response.end("data: [DONE]\n\n");
  }
}

const { open } = useOpenAiServer("sk-test-scripted", handle, { ASSISTANT_FIRST_TOKEN_TIMEOUT_MS: "800", ASSISTANT_TIMEOUT_MS: "2000" });
beforeAll(async () => {
  await seedCatalog();
});

beforeEach(() => {
  bodies.length = 0;
  script = "answer";
});

async function threadExists(threadId: string) {
  return (await getDb().select().from(chatThreads).where(eq(chatThreads.id, threadId))).length > 0;
}

/** Asks a new visitor's question under `scripted`, and reads the reply once the free use is given back. */
async function askGivenBack(scripted: Script, text: string) {
  script = scripted;
  const visitor = newVisitor();
  const answered = await askAndRead({ text, ...visitor });
  await vi.waitFor(async () => expect(await usesLeft(visitor)).toBe(3));
  return answered;
}

describe("the OpenAI path against a misbehaving provider", () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
    return () => errors.mockRestore();
  });

  it("caps the answer's length on every call", async () => {
    await readReply(await ask({ text: "A chickpea dinner, capped?", ...newVisitor() }));
    expect(bodies[0].max_tokens ?? bodies[0].max_completion_tokens).toBe(MAX_OUTPUT_TOKENS);
  });

  it("gives up on a provider that never sends a first token: a clear message, the use given back, no thread left", async () => {
    const { reply, threadId } = await askGivenBack("hang", "A chickpea dinner that hangs?");
    expect(reply.errors).toEqual([expect.stringMatching(/took too long.*not counted/)]);
    await vi.waitFor(async () => expect(await threadExists(threadId)).toBe(false));
  });

  it("gives up on an answer that never finishes, keeping what was said, marked interrupted, and gives the use back", async () => {
    const { reply, threadId } = await askGivenBack("slow", "A chickpea dinner that never ends?");
    expect(reply.text).toContain("and");
    expect(reply.errors).toEqual([expect.stringMatching(/took too long.*not counted/)]);
    await vi.waitFor(async () => expect((await threadMessages(threadId))[1]?.metadata).toMatchObject({ status: "interrupted" }));
  });

  it("gives the use back when the connection drops mid-answer", async () => {
    const { reply } = await askGivenBack("drop", "A chickpea dinner, dropped?");
    expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
  });

  it.each(["429", "500"] as const)("answers a provider's %s with a friendly message and gives the use back", async (status) => {
    const { reply } = await askGivenBack(status, `A chickpea dinner, ${status}?`);
    expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
    expect(reply.errors.join(" ")).not.toMatch(/Rate limit|server had an error/);
  });

  it("treats an empty answer as no answer: says so and gives the use back", async () => {
    const { reply, threadId } = await askGivenBack("empty", "A chickpea dinner, empty?");
    expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
    await vi.waitFor(async () => expect(await threadExists(threadId)).toBe(false));
  });

  it("ends a tool-call loop at the step limit with a text answer", async () => {
    script = "loop";
    const visitor = newVisitor();
    const { reply } = await askAndRead({ text: "A chickpea dinner, looping?", ...visitor });
    expect(bodies).toHaveLength(MAX_STEPS);
    expect(bodies.at(-1)?.tools ?? []).toEqual([]);
    expect(reply.errors).toEqual([]);
    expect(reply.text).toContain("in stock");
    expect(await usesLeft(visitor)).toBe(2);
  });

  it("stops generating when the shopper presses Stop, keeping what was shown, marked stopped", async () => {
    script = "slow";
    const stop = new AbortController();
    const response = await ask({ text: "A chickpea dinner, stopped?", ...newVisitor(), signal: stop.signal });
    const threadId = response.headers.get("X-Thread-Id") ?? "";
    const reader = response.body!.getReader();
    let seen = "";
    while (!seen.includes("and ")) seen += new TextDecoder().decode((await reader.read()).value);
    stop.abort();
    await reader.cancel();
    await vi.waitFor(async () => {
      const [, answer] = await threadMessages(threadId);
      expect(answer?.metadata).toMatchObject({ status: "stopped" });
      expect(answer?.parts.some((part) => part.type === "text" && part.text.includes("and"))).toBe(true);
    });
    // The provider's stream was closed too: nothing keeps generating for a shopper who left.
    await vi.waitFor(() => expect(open.size).toBe(0));
    const [pending] = await getDb().select().from(chatMessages).where(eq(chatMessages.threadId, threadId));
    expect(pending.status).toBeNull();
  });
});
