import "server-only";
import {
  consumeStream,
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  isToolUIPart,
  pruneMessages,
  safeValidateUIMessages,
  stepCountIs,
  streamText,
  type InferUIMessageChunk,
  type UIMessageStreamOnFinishCallback,
} from "ai";
import { assistantMetadataSchema, type AssistantUIMessage } from "@/lib/ai/messages";
import { assistantModel, type AssistantModel } from "@/lib/ai/model";
import { systemPrompt } from "@/lib/ai/system-prompt";
import { toolShapes } from "@/lib/ai/tool-schemas";
import { assistantTools, READ_ONLY_TOOLS } from "@/lib/ai/tools";
import { hasAssistantAccess } from "@/lib/plans/entitlement";
import { consumeFreeUse, networkHash, refundFreeUse, type Requester } from "@/lib/quota";
import { hit } from "@/lib/rate-limit";
import { cacheKey, readCachedAnswer, storeCachedAnswer } from "./cache";
import { AppError, internalError } from "./errors";
import { replayChunks } from "./replay";
import { readAssistantRequest } from "./request";
import { findThread, saveReply, startTurn, threadMessages, undoTurn, type ThreadOwner, type Turn } from "./threads";

export { AppError } from "./errors";

/** How many of the thread's messages (the new question included) a reply sees. */
export const CONTEXT_MESSAGES = 20;
/** Tool rounds plus the answer: enough for search → check → answer, and a stop for runaway loops. */
export const MAX_STEPS = 5;
/** Fair use for subscribers: unlimited in practice, bounded against scripts. */
export const FAIR_USE = { limit: 30, windowMs: 10 * 60 * 1000 };

export const FREE_USES_HEADER = "X-Free-Uses-Left";
export const THREAD_HEADER = "X-Thread-Id";

const MODEL_FAILURE = "The assistant could not answer just now, so this question was not counted. Please try again in a moment.";

export type AssistantRequestContext = {
  request: Request;
  user: { id: string } | null;
  /** The `be_device` cookie, when present and well-formed. */
  deviceId?: string | null;
  ip: string;
  userAgent: string;
  /** The asker's cart, created if needed; resolved before streaming, while cookies can still be set. */
  cartId: () => Promise<string>;
  /** For tests and the benchmark; normally chosen from the environment. */
  model?: AssistantModel;
};

/**
 * `POST /api/assistant`: validate, find the thread, take a free use (or a fair-use slot), then
 * stream the reply. The route handler only gathers the request's identity and calls this.
 */
export async function handleAssistantRequest(context: AssistantRequestContext): Promise<Response> {
  try {
    return await respond(context);
  } catch (error) {
    if (error instanceof AppError) return error.toResponse();
    console.error("[assistant] request failed:", error);
    return internalError().toResponse();
  }
}

export function threadOwner({ user, deviceId, ip, userAgent }: Pick<AssistantRequestContext, "user" | "deviceId" | "ip" | "userAgent">): ThreadOwner {
  if (user) return { userId: user.id };
  return { fingerprint: deviceId ?? `net:${networkHash(ip, userAgent)}` };
}

async function respond(context: AssistantRequestContext): Promise<Response> {
  const { threadId, text } = await readAssistantRequest(context.request);
  const owner = threadOwner(context);
  const thread = threadId ? await findThread(threadId, owner) : undefined;
  if (threadId && !thread) throw new AppError("thread_not_found", 404, "That conversation does not exist, or it is not yours.");

  const headers: Record<string, string> = { "cache-control": "no-store" };
  let refund = async () => {};
  if (context.user && (await hasAssistantAccess(context.user.id))) {
    const slot = await hit(`assistant:${context.user.id}`, FAIR_USE);
    if (!slot.allowed) {
      throw new AppError(
        "rate_limited",
        429,
        `You've asked a lot of questions in a short time. Please wait ${slot.retryAfterSeconds} seconds and ask again.`,
        { retryAfterSeconds: slot.retryAfterSeconds },
        { "Retry-After": String(slot.retryAfterSeconds) },
      );
    }
  } else {
    const requester: Requester = { userId: context.user?.id, deviceId: context.deviceId, ip: context.ip, userAgent: context.userAgent };
    const use = await consumeFreeUse(requester);
    if (!use.ok) {
      throw new AppError("quota_exceeded", 402, "You've used your free questions. Choose a plan to keep asking the recipe assistant.", {
        upgradeUrl: "/plans",
      }, { [FREE_USES_HEADER]: "0" });
    }
    headers[FREE_USES_HEADER] = String(use.left);
    let refunded = false;
    refund = async () => {
      if (refunded) return;
      refunded = true;
      await refundFreeUse(use.subjects);
    };
  }

  let turn: Turn | undefined;
  try {
    turn = await startTurn({ thread, owner, text });
    headers[THREAD_HEADER] = turn.threadId;
    const cartId = await context.cartId();
    const model = context.model ?? assistantModel();
    const instructions = systemPrompt();
    const key = turn.isNewThread ? await cacheKey({ question: text, modelId: model.cacheId, instructions }) : undefined;
    const cached = key ? await readCachedAnswer(key) : undefined;
    const replay = cached ? await validMessage(cached.parts) : undefined;
    if (replay) return replayResponse(turn, replay, model, headers);
    return await modelResponse({ turn, model, instructions, cartId, cacheKey: key, refund, headers });
  } catch (error) {
    await refund().catch(() => undefined);
    if (turn) await undoTurn(turn).catch(() => undefined);
    throw error;
  }
}

async function validMessage(parts: unknown[]): Promise<AssistantUIMessage | undefined> {
  const result = await safeValidateUIMessages<AssistantUIMessage>({
    messages: [{ id: crypto.randomUUID(), role: "assistant", parts, metadata: {} }],
    metadataSchema: assistantMetadataSchema,
    tools: toolShapes,
  });
  return result.success ? result.data[0] : undefined;
}

/** Answers from the cache: no model call, but streamed and saved exactly like a fresh answer. */
function replayResponse(turn: Turn, cached: AssistantUIMessage, model: AssistantModel, headers: Record<string, string>): Response {
  const message = { id: crypto.randomUUID(), parts: cached.parts };
  const stream = createUIMessageStream<AssistantUIMessage>({
    execute: ({ writer }) => {
      for (const chunk of replayChunks(message, { model: model.label, cached: true })) writer.write(chunk);
    },
    onFinish: async ({ responseMessage }) => {
      await saveReply(turn, { ...responseMessage, id: message.id }, model.label).catch((error: unknown) => console.error("[assistant] saving a cached reply failed:", error));
    },
  });
  return streamToClient(stream, headers);
}

type ModelRun = {
  turn: Turn;
  model: AssistantModel;
  instructions: string;
  cartId: string;
  cacheKey?: string;
  refund: () => Promise<void>;
  headers: Record<string, string>;
};

async function modelResponse({ turn, model, instructions, cartId, cacheKey: key, refund, headers }: ModelRun): Promise<Response> {
  const tools = assistantTools({ cartId: async () => cartId });
  // A new thread's history is just the question, already in hand.
  const history: AssistantUIMessage[] = turn.isNewThread
    ? [{ id: turn.userMessageId, role: "user", parts: [{ type: "text", text: turn.text }], metadata: {} }]
    : await threadMessages(turn.threadId, CONTEXT_MESSAGES);
  // Tool results are long (whole recipes); older turns keep their text, the last turn keeps its
  // results too, so "add the first one to my cart" still knows which recipe that was.
  const messages = pruneMessages({
    messages: await convertToModelMessages(history, { tools, ignoreIncompleteToolCalls: true }),
    toolCalls: "before-last-6-messages",
  });

  let failed = false;
  const result = streamText({
    model: model.model,
    system: instructions,
    messages,
    tools,
    stopWhen: stepCountIs(MAX_STEPS),
    maxRetries: 1,
    onError: ({ error }) => {
      failed = true;
      console.error("[assistant] model call failed:", error instanceof Error ? error.message : error);
    },
  });

  const onFinish: UIMessageStreamOnFinishCallback<AssistantUIMessage> = async ({ responseMessage }) => {
    try {
      const answered = responseMessage.parts.some((part) => (part.type === "text" && part.text.trim().length > 0) || isToolUIPart(part));
      if (failed) await refund();
      // Cache before saving: once the reply is in the thread, everything about this turn is settled.
      if (key && !failed && isCacheable(responseMessage)) await storeCachedAnswer(key, model.label, responseMessage.parts);
      if (answered) await saveReply(turn, responseMessage, model.label);
      else await undoTurn(turn);
    } catch (error) {
      console.error("[assistant] saving the reply failed:", error);
    }
  };

  const stream = result.toUIMessageStream<AssistantUIMessage>({
    originalMessages: [],
    generateMessageId: () => crypto.randomUUID(),
    messageMetadata: ({ part }) => (part.type === "start" ? { model: model.label } : undefined),
    onError: () => MODEL_FAILURE,
    onFinish,
  });
  return streamToClient(stream, headers);
}

/** Answers that only read the catalogue and finished cleanly can be served again. */
function isCacheable(message: AssistantUIMessage): boolean {
  const hasText = message.parts.some((part) => part.type === "text" && part.text.trim().length > 0);
  const toolsOk = message.parts.every(
    (part) => !isToolUIPart(part) || (part.state === "output-available" && READ_ONLY_TOOLS.has(part.type.slice("tool-".length))),
  );
  return hasText && toolsOk;
}

/**
 * Sends one branch of the stream to the browser and drains the other on the server, so a
 * shopper who closes the tab mid-answer still gets the whole answer saved in the thread.
 */
function streamToClient(stream: ReadableStream<InferUIMessageChunk<AssistantUIMessage>>, headers: Record<string, string>): Response {
  const [toClient, toServer] = stream.tee();
  void consumeStream({ stream: toServer, onError: (error) => console.error("[assistant] stream failed:", error) });
  return createUIMessageStreamResponse({ stream: toClient, headers });
}
