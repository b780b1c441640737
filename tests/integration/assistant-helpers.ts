import type { LanguageModelV3 } from "@ai-sdk/provider";
import { parseJsonEventStream, uiMessageChunkSchema, type UIMessageChunk } from "ai";
import { getDb } from "@/db/client";
import { subscriptions, users } from "@/db/schema";
import { handleAssistantRequest, type AssistantRequestContext } from "@/lib/assistant";
import { ensureCart, newCartId } from "@/lib/cart";
import { freeUsesLeft } from "@/lib/quota";

/** Shared by the assistant's integration tests: ask like a browser would, read the stream back. */

export type Ask = {
  text?: string;
  body?: unknown;
  threadId?: string;
  user?: { id: string } | null;
  deviceId?: string | null;
  ip?: string;
  userAgent?: string;
  cartId?: string;
  model?: AssistantRequestContext["model"];
  /** Aborts the request, as a browser's Stop (or a closed tab) does. */
  signal?: AbortSignal;
  /** The browser's own fingerprint (FingerprintJS visitor id), sent as a hint. */
  hint?: string | null;
};

export function assistantRequest(body: unknown, signal?: AbortSignal): Request {
  return new Request("http://127.0.0.1/api/assistant", {
    method: "POST",
    signal,
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

let nextHost = 1;

/** A network address no other request in the file has used, so each test starts with fresh free uses. */
export function freshIp(): string {
  nextHost += 1;
  return `198.18.${Math.floor(nextHost / 250)}.${nextHost % 250}`;
}

const BROWSER = "Vitest Browser/1.0";

/** A visitor no other test has been (a new device id and address), so with all their free uses. */
export function newVisitor() {
  return { deviceId: crypto.randomUUID(), ip: freshIp() };
}

/** The free uses a visitor has left in the browser `ask` sends from. */
export function usesLeft(visitor: { deviceId: string; ip: string }) {
  return freeUsesLeft({ ...visitor, userAgent: BROWSER });
}

/** A model whose every call fails with `message`, like a provider that is down (for `ask`'s `model`). */
export function failingModel(message: string): NonNullable<Ask["model"]> {
  const model: LanguageModelV3 = {
    specificationVersion: "v3",
    provider: "test",
    modelId: "broken",
    supportedUrls: {},
    doGenerate: () => Promise.reject(new Error(message)),
    doStream: () => Promise.reject(new Error(message)),
  };
  return { model, label: "broken", cacheId: "broken" };
}

export function ask({ text = "Hello", body, threadId, user = null, deviceId, hint, ip = freshIp(), userAgent = BROWSER, cartId, model, signal }: Ask) {
  const payload = body ?? { ...(threadId ? { threadId } : {}), message: { role: "user", parts: [{ type: "text", text }] } };
  const cart = cartId ?? newCartId();
  return handleAssistantRequest({
    request: assistantRequest(payload, signal),
    user,
    deviceId: deviceId === undefined ? crypto.randomUUID() : deviceId,
    deviceHint: hint ?? null,
    ip,
    userAgent,
    cartId: async () => {
      await ensureCart(cart);
      return cart;
    },
    model,
  });
}

/** Asks and reads the reply to its end; gives the response, the thread it went to and the reply. */
export async function askAndRead(options: Ask) {
  const response = await ask(options);
  const threadId = response.headers.get("X-Thread-Id") ?? "";
  const reply = await readReply(response);
  return { response, threadId, reply };
}

export type Reply = { chunks: UIMessageChunk[]; text: string; model?: string; cached?: boolean; errors: string[]; tools: Map<string, unknown[]> };

/** Reads a UI message stream response to its end, the way the browser's useChat does. */
export async function readReply(response: Response): Promise<Reply> {
  if (!response.body) throw new Error(`no body (status ${response.status})`);
  const chunks: UIMessageChunk[] = [];
  const reader = parseJsonEventStream({ stream: response.body, schema: uiMessageChunkSchema }).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value.success) throw value.error;
    chunks.push(value.value);
  }
  let text = "";
  let model: string | undefined;
  let cached: boolean | undefined;
  const errors: string[] = [];
  const tools = new Map<string, unknown[]>();
  const toolNames = new Map<string, string>();
  for (const chunk of chunks) {
    if (chunk.type === "text-delta") text += chunk.delta;
    if (chunk.type === "text-end") text += "\n";
    if (chunk.type === "error") errors.push(chunk.errorText);
    if (chunk.type === "tool-input-available") toolNames.set(chunk.toolCallId, chunk.toolName);
    if (chunk.type === "tool-output-available") {
      const name = toolNames.get(chunk.toolCallId) ?? "unknown";
      tools.set(name, [...(tools.get(name) ?? []), chunk.output]);
    }
    if ((chunk.type === "start" || chunk.type === "finish" || chunk.type === "message-metadata") && chunk.messageMetadata) {
      const metadata = chunk.messageMetadata as { model?: string; cached?: boolean };
      model = metadata.model ?? model;
      cached = metadata.cached ?? cached;
    }
  }
  return { chunks, text: text.trim(), model, cached, errors, tools };
}

export async function createUser(email = `shopper-${crypto.randomUUID()}@example.test`) {
  const [user] = await getDb().insert(users).values({ email, name: "Test Shopper" }).returning({ id: users.id });
  return user;
}

export async function subscribe(userId: string, status = "active") {
  await getDb()
    .insert(subscriptions)
    .values({
      id: `sub_${crypto.randomUUID().replace(/-/g, "")}`,
      userId,
      customerId: `cus_${userId.slice(0, 8)}`,
      plan: "monthly",
      priceId: "price_monthly",
      status,
      currentPeriodStart: new Date(),
      currentPeriodEnd: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
    });
}
