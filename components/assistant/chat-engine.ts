import { Chat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { z } from "zod";
import { assistantMetadataSchema, type AssistantUIMessage } from "@/lib/assistant/messages";
import { withDeviceHint } from "./device-hint";

// The AI SDK's chat (its stream parser, its schemas and zod) is most of the assistant page's
// JavaScript, so it is its own chunk, loaded by use-assistant-chat.ts when a question is on its way.

/** What the chat box hears from a chat, read from a ref so the chat always calls the current render's handlers. */
export type ChatEvents = {
  /** The thread the next question belongs to, once the server has started one. */
  threadId(): string | undefined;
  /** Every answer's response, before its stream is read: quota and thread headers. */
  onResponse(response: Response): void;
  onFinish(): void;
  /**
   * `code` is the server's error code when it refused the question (e.g. `quota_exceeded`);
   * `unsent` says the question never left the browser (the chat itself could not be loaded).
   */
  onError(failure: ChatFailure): void;
};

export type ChatFailure = { message: string; code?: string; unsent?: boolean; retryAfterSeconds?: number };

const errorBody = z.object({ error: z.string(), message: z.string().optional(), retryAfterSeconds: z.number().optional() });

function describeError(error: Error): ChatFailure {
  try {
    const parsed = errorBody.safeParse(JSON.parse(error.message));
    if (parsed.success) return { message: parsed.data.message ?? error.message, code: parsed.data.error, retryAfterSeconds: parsed.data.retryAfterSeconds };
  } catch {
    // A stream error arrives as plain text.
  }
  return { message: error.message };
}

/** A chat that sends only the new question (the server keeps the thread) with the device hint. */
export function createAssistantChat({ id, messages, events }: { id: string; messages: AssistantUIMessage[]; events: { current: ChatEvents } }) {
  const transport = new DefaultChatTransport<AssistantUIMessage>({
    api: "/api/assistant",
    prepareSendMessagesRequest: ({ messages: log, trigger, body }) => {
      const last = log[log.length - 1];
      const parts = (last?.parts ?? []).flatMap((part) => (part.type === "text" ? [{ type: "text" as const, text: part.text }] : []));
      const threadId = events.current.threadId();
      // Regenerate and edit replace the thread's last question on the server too.
      const replaceLast = threadId !== undefined && (trigger === "regenerate-message" || body?.replaceLast === true);
      return { body: { ...(threadId ? { threadId } : {}), ...(replaceLast ? { replaceLast } : {}), message: { role: "user", parts } } };
    },
    fetch: async (request, init) => {
      const response = await fetch(request, await withDeviceHint(init));
      events.current.onResponse(response);
      return response;
    },
  });
  return new Chat<AssistantUIMessage>({
    id,
    messages,
    transport,
    messageMetadataSchema: assistantMetadataSchema,
    onFinish: () => events.current.onFinish(),
    onError: (error) => events.current.onError(describeError(error)),
  });
}

export type AssistantChat = ReturnType<typeof createAssistantChat>;
