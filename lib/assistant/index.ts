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
import { ANSWER_ERRORS } from "./client";
import { assistantMetadataSchema, type AssistantUIMessage } from "./messages";
import { detectLanguage } from "./local-model/normalize";
import { assistantModel, type AssistantModel } from "./model";
import { systemPrompt } from "./system-prompt";
import { toolShapes } from "./tools/schemas";
import { assistantTools, READ_ONLY_TOOLS } from "./tools/definitions";
import { env } from "@/lib/config/env";
import { hasAssistantAccess } from "@/lib/plans/entitlement";
import { consumeFreeUse, networkHash, refundFreeUse, type Requester } from "@/lib/quota";
import { hit } from "@/lib/rate-limit";
import { cacheKey, cacheStamp, readCachedAnswer, storeCachedAnswer } from "./cache";
import { AppError, errorResponse } from "@/lib/http/errors";
import { internalError } from "./errors";
import { replayChunks } from "./replay";
import { readAssistantRequest } from "./request";
import { findThread, saveReply, startTurn, threadMessages, undoTurn, type ThreadOwner, type Turn } from "./threads";
import { logger } from "@/lib/observability/logger";
import { tracedTools } from "@/lib/observability/tracing";

export { AppError } from "@/lib/http/errors";

/** How many of the thread's messages (the new question included) a reply sees. */
export const CONTEXT_MESSAGES = 20;
/** Tool rounds plus the answer: enough for search → check → answer, and a stop for runaway loops. */
export const MAX_STEPS = 5;
/** A generous answer with a recipe or two; caps what a runaway model can bill for one question. */
export const MAX_OUTPUT_TOKENS = 1500;
/** Fair use for subscribers: unlimited in practice, bounded against scripts. */
export const FAIR_USE = { limit: 30, windowMs: 10 * 60 * 1000 };

export const FREE_USES_HEADER = "X-Free-Uses-Left";
export const THREAD_HEADER = "X-Thread-Id";

const { modelFailure: MODEL_FAILURE, timedOut: TIMED_OUT, emptyAnswer: EMPTY_ANSWER } = ANSWER_ERRORS;
const LAST_STEP =
  "You have used all your tool calls for this question. Do not call any tool: answer the shopper now, in text, with what the tools already returned, and say plainly if something could not be checked.";

export type AssistantRequestContext = {
  request: Request;
  user: { id: string } | null;
  /** The `be_device` cookie, when present and well-formed. */
  deviceId?: string | null;
  /** The browser's FingerprintJS visitor id, from the `X-Device-Hint` header (a hint, never proof). */
  deviceHint?: string | null;
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
    return errorResponse(error, "assistant", internalError());
  }
}

export function threadOwner({ user, deviceId, ip, userAgent }: Pick<AssistantRequestContext, "user" | "deviceId" | "ip" | "userAgent">): ThreadOwner {
  if (user) return { userId: user.id };
  return { fingerprint: deviceId ?? `net:${networkHash(ip, userAgent)}` };
}

async function respond(context: AssistantRequestContext): Promise<Response> {
  const { threadId, text, replaceLast } = await readAssistantRequest(context.request);
  const owner = threadOwner(context);
  const thread = threadId ? await findThread(threadId, owner) : undefined;
  if (threadId && !thread) throw new AppError("thread_not_found", 404, "That conversation does not exist, or it is not yours.");

  const headers: Record<string, string> = { "cache-control": "no-store" };
  let refund = async () => {};
  let subjects: string[] | undefined;
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
    const requester: Requester = {
      userId: context.user?.id,
      deviceId: context.deviceId,
      deviceHint: context.deviceHint,
      ip: context.ip,
      userAgent: context.userAgent,
    };
    const use = await consumeFreeUse(requester);
    if (!use.ok) {
      throw new AppError("quota_exceeded", 402, "You've used your free questions. Choose a plan to keep asking the recipe assistant.", {
        upgradeUrl: "/plans",
      }, { [FREE_USES_HEADER]: "0" });
    }
    headers[FREE_USES_HEADER] = String(use.left);
    subjects = use.subjects;
    let refunded = false;
    refund = async () => {
      if (refunded) return;
      refunded = true;
      await refundFreeUse(use.subjects);
    };
  }

  let turn: Turn | undefined;
  try {
    turn = await startTurn({ thread, owner, text, refundSubjects: subjects, replaceLast });
    headers[THREAD_HEADER] = turn.threadId;
    const cartId = await context.cartId();
    const model = context.model ?? assistantModel();
    const instructions = systemPrompt();
    const key = turn.isNewThread ? cacheKey({ question: text, modelId: model.cacheId, instructions }) : undefined;
    const stamp = key ? await cacheStamp() : 0;
    const cached = key ? await readCachedAnswer(key) : undefined;
    const replay = cached ? await validMessage(cached.parts) : undefined;
    if (replay) return replayResponse(turn, replay, model, headers);
    return await modelResponse({ turn, model, instructions, cartId, cacheKey: key, cacheStamp: stamp, refund, headers, signal: context.request.signal });
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
      await saveReply(turn, { ...responseMessage, id: message.id }, model.label).catch((error: unknown) => logger().error({ err: error }, "[assistant] saving a cached reply failed"));
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
  /** The catalogue's version when the question arrived. */
  cacheStamp: number;
  refund: () => Promise<void>;
  headers: Record<string, string>;
  /** Aborts when the shopper presses Stop or leaves: the answer so far is kept, marked stopped. */
  signal: AbortSignal;
};

type CutShort = "first_token" | "total" | "stopped";

async function modelResponse({ turn, model, instructions, cartId, cacheKey: key, cacheStamp: stamp, refund, headers, signal }: ModelRun): Promise<Response> {
  // Recipes come in the question's language, the one the answer is worded in; the question is in
  // the cache key, so a cached answer's cards are in that language too.
  const tools = tracedTools(assistantTools({ cartId: async () => cartId, locale: detectLanguage(turn.text) }));
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

  // One controller for everything that can cut an answer short: a provider that never starts, one
  // that never finishes, and the shopper's Stop (the browser closing the request).
  const { ASSISTANT_FIRST_TOKEN_TIMEOUT_MS, ASSISTANT_TIMEOUT_MS } = env();
  const controller = new AbortController();
  let cutShort: CutShort | undefined;
  const cut = (why: CutShort) => {
    if (cutShort) return;
    cutShort = why;
    controller.abort(new Error(`assistant answer cut short: ${why}`));
  };
  const firstToken = setTimeout(() => cut("first_token"), ASSISTANT_FIRST_TOKEN_TIMEOUT_MS);
  const overall = setTimeout(() => cut("total"), ASSISTANT_TIMEOUT_MS);
  const onStop = () => cut("stopped");
  if (signal.aborted) onStop();
  else signal.addEventListener("abort", onStop, { once: true });
  const settle = () => {
    clearTimeout(firstToken);
    clearTimeout(overall);
    signal.removeEventListener("abort", onStop);
  };

  let failed = false;
  const result = streamText({
    model: model.model,
    system: instructions,
    messages,
    tools,
    stopWhen: stepCountIs(MAX_STEPS),
    maxOutputTokens: MAX_OUTPUT_TOKENS,
    maxRetries: 1,
    abortSignal: controller.signal,
    // The last step gets no tools, so a model that keeps calling them still ends with an answer.
    prepareStep: ({ stepNumber }) => (stepNumber >= MAX_STEPS - 1 ? { activeTools: [], toolChoice: "none", system: `${instructions}\n\n${LAST_STEP}` } : undefined),
    onChunk: () => clearTimeout(firstToken),
    onError: ({ error }) => {
      failed = true;
      logger().error({ err: error }, "[assistant] model call failed");
    },
  });

  const onFinish: UIMessageStreamOnFinishCallback<AssistantUIMessage> = async ({ responseMessage }) => {
    settle();
    try {
      const hasText = responseMessage.parts.some((part) => part.type === "text" && part.text.trim().length > 0);
      const shown = hasText || responseMessage.parts.some((part) => isToolUIPart(part));
      if (cutShort === "stopped") {
        // The shopper stopped it: keep what they saw, marked stopped; nothing seen costs nothing.
        if (shown) await saveReply(turn, responseMessage, model.label, "stopped");
        else {
          await refund();
          await undoTurn(turn);
        }
        return;
      }
      if (failed || cutShort || !hasText) {
        await refund();
        if (shown) await saveReply(turn, responseMessage, model.label, "interrupted");
        else await undoTurn(turn);
        return;
      }
      // Cache before saving: once the reply is in the thread, everything about this turn is settled.
      if (key && isCacheable(responseMessage)) await storeCachedAnswer(key, stamp, model.label, responseMessage.parts);
      await saveReply(turn, responseMessage, model.label);
    } catch (error) {
      logger().error({ err: error }, "[assistant] saving the reply failed");
    }
  };

  // Merged into an outer stream, so an error thrown mid-answer (a dropped connection, a timeout)
  // still becomes one error chunk for the shopper and still reaches onFinish with what was said.
  const stream = createUIMessageStream<AssistantUIMessage>({
    execute: ({ writer }) => {
      writer.merge(
        result
          .toUIMessageStream<AssistantUIMessage>({
            originalMessages: [],
            generateMessageId: () => crypto.randomUUID(),
            messageMetadata: ({ part }) => (part.type === "start" ? { model: model.label } : undefined),
            onError: () => MODEL_FAILURE,
          })
          .pipeThrough(explainCutShort(() => cutShort)),
      );
    },
    onError: (error) => {
      failed = true;
      logger().error({ err: error }, "[assistant] answer stream failed");
      return cutShort === "first_token" || cutShort === "total" ? TIMED_OUT : MODEL_FAILURE;
    },
    onFinish,
  });
  return streamToClient(stream, headers);
}

type Chunk = InferUIMessageChunk<AssistantUIMessage>;

/**
 * Tells the shopper why an answer ended early (a timeout, or nothing said at all) with the same
 * kind of error chunk a failed call sends, so the chat shows one clear sentence and a retry.
 */
function explainCutShort(cutShort: () => CutShort | undefined): TransformStream<Chunk, Chunk> {
  let saidSomething = false;
  let erred = false;
  return new TransformStream<Chunk, Chunk>({
    transform(chunk, controller) {
      if (chunk.type === "text-delta" && chunk.delta.trim()) saidSomething = true;
      if (chunk.type === "error") erred = true;
      const why = cutShort();
      if (chunk.type === "abort" && (why === "first_token" || why === "total") && !erred) {
        erred = true;
        controller.enqueue({ type: "error", errorText: TIMED_OUT });
      }
      if (chunk.type === "finish" && !saidSomething && !erred && why !== "stopped") {
        erred = true;
        controller.enqueue({ type: "error", errorText: EMPTY_ANSWER });
      }
      controller.enqueue(chunk);
    },
    flush(controller) {
      const why = cutShort();
      if ((why === "first_token" || why === "total") && !erred) controller.enqueue({ type: "error", errorText: TIMED_OUT });
    },
  });
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
  void consumeStream({ stream: toServer, onError: (error) => logger().error({ err: error }, "[assistant] stream failed") });
  return createUIMessageStreamResponse({ stream: toClient, headers });
}
