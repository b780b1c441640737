import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chatMessages, chatThreads } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { MAX_OUTPUT_TOKENS, MAX_STEPS } from "@/lib/assistant";
import { threadMessages } from "@/lib/assistant/threads";
import { resetEnvCache } from "@/lib/config/env";
import { freeUsesLeft } from "@/lib/quota";
import { ask, freshIp, readReply } from "./assistant-helpers";

/**
 * A local OpenAI-compatible server scripted to misbehave the ways real providers do: hang before
 * the first token, stall mid-answer, drop the connection, answer 429 or 500, return nothing, or
 * call tools forever. The real @ai-sdk/openai provider talks to it.
 */
type Script = "answer" | "hang" | "slow" | "drop" | "429" | "500" | "empty" | "loop";
type Body = { max_tokens?: number; max_completion_tokens?: number; tools?: unknown[]; messages: { role: string }[] };

let script: Script = "answer";
const bodies: Body[] = [];
const open = new Set<ServerResponse>();
let server: Server;

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

async function handle(request: IncomingMessage, response: ServerResponse) {
  let raw = "";
  for await (const part of request) raw += part;
  const body = JSON.parse(raw) as Body;
  bodies.push(body);
  open.add(response);
  response.on("close", () => open.delete(response));
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

const userAgent = "Vitest Browser/1.0";
const who = () => ({ deviceId: crypto.randomUUID(), ip: freshIp() });
const left = (asker: { deviceId: string; ip: string }) => freeUsesLeft({ ...asker, userAgent });

beforeAll(async () => {
  await seedCatalog();
  server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  process.env.OPENAI_API_KEY = "sk-test-scripted";
  process.env.OPENAI_BASE_URL = `http://127.0.0.1:${port}/v1`;
  process.env.ASSISTANT_FIRST_TOKEN_TIMEOUT_MS = "800";
  process.env.ASSISTANT_TIMEOUT_MS = "2000";
  resetEnvCache();
});

beforeEach(() => {
  bodies.length = 0;
  script = "answer";
});

afterAll(async () => {
  for (const name of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "ASSISTANT_FIRST_TOKEN_TIMEOUT_MS", "ASSISTANT_TIMEOUT_MS"]) delete process.env[name];
  resetEnvCache();
  for (const response of open) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function threadExists(threadId: string) {
  return (await getDb().select().from(chatThreads).where(eq(chatThreads.id, threadId))).length > 0;
}

describe("the OpenAI path against a misbehaving provider", () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
    return () => errors.mockRestore();
  });

  it("caps the answer's length on every call", async () => {
    await readReply(await ask({ text: "A chickpea dinner, capped?", ...who() }));
    expect(bodies[0].max_tokens ?? bodies[0].max_completion_tokens).toBe(MAX_OUTPUT_TOKENS);
  });

  it("gives up on a provider that never sends a first token: a clear message, the use given back, no thread left", async () => {
    script = "hang";
    const asker = who();
    const response = await ask({ text: "A chickpea dinner that hangs?", ...asker });
    const threadId = response.headers.get("X-Thread-Id") ?? "";
    const reply = await readReply(response);
    expect(reply.errors).toEqual([expect.stringMatching(/took too long.*not counted/)]);
    await vi.waitFor(async () => expect(await left(asker)).toBe(3));
    await vi.waitFor(async () => expect(await threadExists(threadId)).toBe(false));
  });

  it("gives up on an answer that never finishes, keeping what was said, marked interrupted, and gives the use back", async () => {
    script = "slow";
    const asker = who();
    const response = await ask({ text: "A chickpea dinner that never ends?", ...asker });
    const threadId = response.headers.get("X-Thread-Id") ?? "";
    const reply = await readReply(response);
    expect(reply.text).toContain("and");
    expect(reply.errors).toEqual([expect.stringMatching(/took too long.*not counted/)]);
    await vi.waitFor(async () => expect(await left(asker)).toBe(3));
    await vi.waitFor(async () => expect((await threadMessages(threadId))[1]?.metadata).toMatchObject({ status: "interrupted" }));
  });

  it("gives the use back when the connection drops mid-answer", async () => {
    script = "drop";
    const asker = who();
    const reply = await readReply(await ask({ text: "A chickpea dinner, dropped?", ...asker }));
    expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
    await vi.waitFor(async () => expect(await left(asker)).toBe(3));
  });

  it.each(["429", "500"] as const)("answers a provider's %s with a friendly message and gives the use back", async (status) => {
    script = status;
    const asker = who();
    const reply = await readReply(await ask({ text: `A chickpea dinner, ${status}?`, ...asker }));
    expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
    expect(reply.errors.join(" ")).not.toMatch(/Rate limit|server had an error/);
    await vi.waitFor(async () => expect(await left(asker)).toBe(3));
  });

  it("treats an empty answer as no answer: says so and gives the use back", async () => {
    script = "empty";
    const asker = who();
    const response = await ask({ text: "A chickpea dinner, empty?", ...asker });
    const threadId = response.headers.get("X-Thread-Id") ?? "";
    const reply = await readReply(response);
    expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
    await vi.waitFor(async () => expect(await left(asker)).toBe(3));
    await vi.waitFor(async () => expect(await threadExists(threadId)).toBe(false));
  });

  it("ends a tool-call loop at the step limit with a text answer", async () => {
    script = "loop";
    const asker = who();
    const response = await ask({ text: "A chickpea dinner, looping?", ...asker });
    const reply = await readReply(response);
    expect(bodies).toHaveLength(MAX_STEPS);
    expect(bodies.at(-1)?.tools ?? []).toEqual([]);
    expect(reply.errors).toEqual([]);
    expect(reply.text).toContain("in stock");
    expect(await left(asker)).toBe(2);
  });

  it("stops generating when the shopper presses Stop, keeping what was shown, marked stopped", async () => {
    script = "slow";
    const asker = who();
    const stop = new AbortController();
    const response = await ask({ text: "A chickpea dinner, stopped?", ...asker, signal: stop.signal });
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
