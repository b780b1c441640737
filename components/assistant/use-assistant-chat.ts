"use client";

import { useCallback, useRef, useState, useSyncExternalStore, type RefObject } from "react";
import type { AssistantUIMessage } from "@/lib/assistant/messages";
import type { AssistantChat, ChatEvents } from "./chat-engine";
import { deviceHint } from "./device-hint";

type Status = AssistantChat["status"];
type SendInput = Parameters<AssistantChat["sendMessage"]>[0];
type SendOptions = Parameters<AssistantChat["sendMessage"]>[1];

const loadEngine = () => import("./chat-engine");
const noSubscription = () => () => undefined;

/**
 * Fetches what the first question needs (the chat engine and the browser fingerprint) while the
 * visitor is still typing it: on the first focus of the message box, not with the page.
 */
export function prepareChat(): void {
  void loadEngine();
  void deviceHint();
}

/**
 * `useChat`'s state for the assistant page, without loading the AI SDK with the page: until the
 * first question (or regenerate) the log is the server's `initialMessages`; then the chat engine
 * is fetched and the chat takes over from those messages. It subscribes to the SDK's `Chat` the
 * way `useChat` does. A new `id` (another conversation opened) starts a fresh chat on its next
 * question.
 */
export function useAssistantChat({ id, initialMessages, events }: { id: string; initialMessages: AssistantUIMessage[]; events: RefObject<ChatEvents> }) {
  const [created, setCreated] = useState<AssistantChat | null>(null);
  const chat = created?.id === id ? created : null;
  // A question sent while the engine loads: shown as "submitted" and dropped by a Stop.
  const [starting, setStarting] = useState(false);
  const startToken = useRef(0);
  const pendingStart = useRef(false);

  const subscribeMessages = useCallback((update: () => void) => (chat ? chat["~registerMessagesCallback"](update) : noSubscription()), [chat]);
  const subscribeStatus = useCallback((update: () => void) => (chat ? chat["~registerStatusCallback"](update) : noSubscription()), [chat]);
  const messages = useSyncExternalStore(subscribeMessages, () => chat?.messages ?? initialMessages, () => initialMessages);
  const chatStatus = useSyncExternalStore<Status>(subscribeStatus, () => chat?.status ?? "ready", () => "ready");

  const latest = useRef({ id, chat, initialMessages });
  latest.current = { id, chat, initialMessages };

  /** Runs `action` on the chat, fetching the engine first if this is the conversation's first request. */
  const withChat = useCallback(
    (action: (chat: AssistantChat) => Promise<void>) => {
      const current = latest.current;
      if (current.chat) return void action(current.chat);
      const token = ++startToken.current;
      pendingStart.current = true;
      setStarting(true);
      loadEngine()
        .then(({ createAssistantChat }) => {
          if (token !== startToken.current) return;
          pendingStart.current = false;
          const { id: chatId, chat: existing, initialMessages: shown } = latest.current;
          const target = existing ?? createAssistantChat({ id: chatId, messages: shown, events });
          setCreated(target);
          setStarting(false);
          void action(target);
        })
        .catch(() => {
          if (token !== startToken.current) return;
          pendingStart.current = false;
          setStarting(false);
          events.current.onError({ message: "The assistant could not be reached. Check your connection and try again.", unsent: true });
        });
    },
    [events],
  );

  const sendMessage = useCallback((message: SendInput, options?: SendOptions) => withChat((target) => target.sendMessage(message, options)), [withChat]);
  const regenerate = useCallback(() => withChat((target) => target.regenerate()), [withChat]);
  const setMessages = useCallback((update: (messages: AssistantUIMessage[]) => AssistantUIMessage[]) => {
    const target = latest.current.chat;
    if (target) target.messages = update(target.messages);
  }, []);
  /** The log as the chat holds it now (a render may not have caught up with the stream yet). */
  const currentMessages = useCallback((): AssistantUIMessage[] => latest.current.chat?.messages ?? latest.current.initialMessages, []);
  /** Stops the answer; `"unsent"` when the question was still waiting for the engine and never left. */
  const stop = useCallback((): "unsent" | "stopped" => {
    if (pendingStart.current) {
      pendingStart.current = false;
      startToken.current += 1;
      setStarting(false);
      return "unsent";
    }
    void latest.current.chat?.stop();
    return "stopped";
  }, []);

  return { messages, currentMessages, status: starting ? ("submitted" as const) : chatStatus, sendMessage, regenerate, setMessages, stop };
}
