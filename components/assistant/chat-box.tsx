"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { announceCartChanged } from "@/components/layout/cart-events";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { answerErrorOf } from "@/lib/assistant/client";
import type { AssistantUIMessage } from "@/lib/assistant/messages";
import { preloadAnswerText } from "./answer-text";
import type { ChatEvents, ChatFailure } from "./chat-engine";
import { announceThreadDropped, announceThreadStarted } from "./conversation-list";
import { PlansOffer, type PlanOffer } from "./plans-offer";
import { useFollowAnswer } from "./use-follow-answer";
import { prepareChat, useAssistantChat } from "./use-assistant-chat";

// The page's own JavaScript stays small: the AI SDK's chat loads with the first question
// (use-assistant-chat.ts), a message's renderer once there is a message to show.
const loadAnswerView = () => import("./message-view");
const AnswerView = lazy(() => loadAnswerView().then((module) => ({ default: module.AnswerView })));

/** Fetches what a question and its answer need while the question is being typed. */
function prepare() {
  prepareChat();
  void loadAnswerView();
}

const MAX_CHARS = 2000;
const TITLE_CHARS = 60;
const EXAMPLES = ["tonight", "breakfast", "shipping"] as const;

type Props = {
  threadId?: string;
  initialMessages: AssistantUIMessage[];
  entitled: boolean;
  freeUsesLeft: number | null;
  modelLabel: string;
  plans: PlanOffer[];
  /** The shop's own origin, so absolute links to our pages stay in the app. */
  origin?: string;
};

type CutShort = "stopped" | "interrupted";
type Translate = ReturnType<typeof useTranslations<"Assistant">>;

function titleOf(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= TITLE_CHARS ? line : `${line.slice(0, TITLE_CHARS - 1).trimEnd()}…`;
}

function completedCartTools(messages: AssistantUIMessage[]): string[] {
  return messages.flatMap((message) =>
    message.parts.flatMap((part) => (part.type === "tool-addRecipeToCart" && part.state === "output-available" ? [part.toolCallId] : [])),
  );
}

/** Whether the shopper saw any of an answer: text or a tool step. The server keeps exactly those. */
function showsSomething(message: AssistantUIMessage | undefined): boolean {
  return message?.role === "assistant" && message.parts.some((part) => (part.type === "text" ? part.text.trim().length > 0 : part.type.startsWith("tool-")));
}

/** What went wrong, in the shopper's language. `answered` says the server took the question. */
function failureText(t: Translate, failure: ChatFailure, answered: boolean): string {
  if (failure.unsent || !answered) return t("errors.offline");
  switch (failure.code) {
    case "quota_exceeded":
      return t("errors.quota");
    case "rate_limited":
      return t("errors.rateLimited", { seconds: failure.retryAfterSeconds ?? 60 });
    case "thread_not_found":
      return t("errors.threadGone");
    case "internal_error":
      return t("errors.internal");
    case "invalid_request":
      return t("errors.invalid");
  }
  const answer = answerErrorOf(failure.message);
  return answer ? t(`errors.${answer}`) : t("errors.generic");
}

/** The chat: sends only the new question, streams the answer, and keeps the quota and thread in view. */
export function ChatBox({ threadId, initialMessages, entitled, freeUsesLeft, modelLabel, plans, origin }: Props) {
  const t = useTranslations("Assistant");
  const threadRef = useRef<string | undefined>(threadId);
  // The status of the request in flight: 0 until a response arrives (none does when offline).
  const lastStatus = useRef(0);
  const pendingText = useRef("");
  // The page's address before this box started a thread, to go back to if the server drops it.
  const addressBefore = useRef<string | null>(null);
  const [freeLeft, setFreeLeft] = useState(freeUsesLeft);
  const [quotaMessage, setQuotaMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [input, setInput] = useState("");
  // What the log looked like before a regenerate or edit, to put back if the server refuses it.
  const beforeReplace = useRef<{ messages: AssistantUIMessage[]; editedText?: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [cutShort, setCutShort] = useState<ReadonlyMap<string, CutShort>>(new Map());
  const seenCartTools = useRef(new Set(completedCartTools(initialMessages)));

  // The chat stays the same chat when the page re-renders with the thread this box just started
  // (a server action refreshes the route); it is replaced only when another conversation is opened.
  const [chatId, setChatId] = useState(threadId ?? "new-conversation");
  useEffect(() => {
    if (threadId === undefined || threadId === threadRef.current) return;
    threadRef.current = threadId;
    setChatId(threadId);
    setFreeLeft(freeUsesLeft);
    setQuotaMessage(null);
    setNotice(null);
  }, [threadId, freeUsesLeft]);

  /** A question the server never took (refused, or never sent): its text goes back where it was typed. */
  const handBack = (replacing: { messages: AssistantUIMessage[]; editedText?: string } | null) => {
    if (replacing) {
      if (replacing.editedText !== undefined) setEditing(replacing.editedText);
    } else {
      setInput(pendingText.current);
    }
  };

  /** The server dropped the thread this box started (or it is gone): the next question starts a new one. */
  const forgetThread = () => {
    const gone = threadRef.current;
    if (!gone) return;
    threadRef.current = undefined;
    window.history.replaceState(null, "", addressBefore.current ?? "/assistant?new=1");
    addressBefore.current = null;
    announceThreadDropped(gone);
  };

  const markCutShort = (id: string, why: CutShort) => setCutShort((marks) => new Map(marks).set(id, why));

  const handlers: ChatEvents = {
    threadId: () => threadRef.current,
    onResponse: (response) => {
      lastStatus.current = response.status;
      const left = response.headers.get("X-Free-Uses-Left");
      if (left !== null && Number.isFinite(Number(left))) setFreeLeft(Number(left));
      const started = response.headers.get("X-Thread-Id");
      if (response.ok && started && !threadRef.current) {
        threadRef.current = started;
        addressBefore.current = `${window.location.pathname}${window.location.search}`;
        window.history.replaceState(null, "", `/assistant?thread=${encodeURIComponent(started)}`);
        announceThreadStarted({ id: started, title: titleOf(pendingText.current) });
      }
    },
    onFinish: () => {
      beforeReplace.current = null;
      addressBefore.current = null;
    },
    onError: (failure) => {
      const answered = failure.unsent !== true && lastStatus.current !== 0;
      const rejected = !answered || lastStatus.current !== 200;
      const replacing = beforeReplace.current;
      beforeReplace.current = null;
      const log = currentMessages();
      const last = log[log.length - 1];
      // The server keeps an answer the shopper saw part of (marked interrupted) and drops one they saw nothing of.
      const kept = !rejected && showsSomething(last);
      if (replacing) {
        setMessages((current) => (kept ? current : replacing.messages));
      } else if (!kept) {
        // The question was never taken, or was taken back with its empty answer: out of the log.
        setMessages((current) => {
          const end = current[current.length - 1]?.role === "assistant" ? current.length - 1 : current.length;
          return current[end - 1]?.role === "user" ? current.slice(0, end - 1) : current.slice(0, end);
        });
        if (!rejected && addressBefore.current !== null) forgetThread();
      }
      if (kept && last) markCutShort(last.id, "interrupted");
      // An answer that failed after the server took the question gave its free use back.
      if (!rejected) setFreeLeft((left) => (left === null ? null : left + 1));
      if (failure.code === "thread_not_found") {
        forgetThread();
        threadRef.current = undefined;
        setMessages(() => []);
      }
      if (!kept) handBack(replacing);
      addressBefore.current = null;
      const text = failureText(t, failure, answered);
      if (failure.code === "quota_exceeded") {
        setFreeLeft(0);
        setQuotaMessage(text);
      } else {
        setNotice(text);
      }
    },
  };
  const events = useRef(handlers);
  events.current = handlers;

  const { messages, currentMessages, sendMessage, regenerate, setMessages, status, stop } = useAssistantChat({ id: chatId, initialMessages, events });
  const busy = status === "submitted" || status === "streaming";
  const follow = useFollowAnswer([messages, status]);

  useEffect(() => {
    const fresh = completedCartTools(messages).filter((id) => !seenCartTools.current.has(id));
    if (fresh.length === 0) return;
    fresh.forEach((id) => seenCartTools.current.add(id));
    announceCartChanged();
  }, [messages]);

  /** The question to send, trimmed; `null` when there is none to send now (a notice says why, if there is a reason to give). */
  const acceptQuestion = (text: string): string | null => {
    const question = text.trim();
    if (!question || busy) return null;
    if (question.length > MAX_CHARS) {
      setNotice(t("errors.tooLong", { max: MAX_CHARS }));
      return null;
    }
    setNotice(null);
    setQuotaMessage(null);
    pendingText.current = question;
    lastStatus.current = 0;
    follow.now();
    return question;
  };

  const send = (text: string) => {
    const question = acceptQuestion(text);
    if (question === null) return;
    setInput("");
    prepare();
    preloadAnswerText();
    void sendMessage({ text: question });
  };

  const regenerateLast = () => {
    if (busy) return;
    setNotice(null);
    setQuotaMessage(null);
    lastStatus.current = 0;
    follow.now();
    beforeReplace.current = { messages };
    void regenerate();
  };

  const resendEdited = (messageId: string, text: string) => {
    const question = acceptQuestion(text);
    if (question === null) return;
    setEditing(null);
    beforeReplace.current = { messages, editedText: question };
    void sendMessage({ text: question, messageId }, { body: { replaceLast: true } });
  };

  const copyAnswer = async (message: AssistantUIMessage) => {
    try {
      await navigator.clipboard.writeText(messageText(message));
      setCopiedId(message.id);
    } catch {
      setNotice(t("errors.copyFailed"));
    }
  };

  const stopAnswer = () => {
    if (stop() === "unsent") {
      const replacing = beforeReplace.current;
      beforeReplace.current = null;
      handBack(replacing);
      return;
    }
    const last = messages[messages.length - 1];
    if (last?.role === "assistant") markCutShort(last.id, "stopped");
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(input);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send(input);
    }
  };

  const outOfFreeUses = !entitled && freeLeft !== null && freeLeft <= 0;

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-stone-600" aria-live="polite">
        {entitled ? t("unlimited") : freeLeft !== null ? t("freeUsesLeft", { count: Math.max(0, freeLeft) }) : null}
        <span className="text-stone-600" aria-hidden="true"> · </span>
        {t("answersBy", { model: modelLabel })}
      </p>

      {messages.length === 0 ? (
        <div className="rounded-xl border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
          <p>{t("intro")}</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {EXAMPLES.map((example) => (
              <li key={example}>
                <button
                  type="button"
                  onClick={() => send(t(`examples.${example}`))}
                  onPointerEnter={prepare}
                  onFocus={prepare}
                  disabled={busy}
                  className="rounded-full border border-leaf-100 bg-leaf-50 px-3 py-1 text-leaf-900 hover:bg-leaf-100"
                >
                  {t(`examples.${example}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ol role="log" aria-label={t("conversation")} className="flex flex-col gap-4">
          {messages.map((message, index) => {
            const isLast = index === messages.length - 1;
            const isLastQuestion = message.role === "user" && messages.slice(index + 1).every((later) => later.role !== "user");
            const saved = message.metadata?.status;
            return (
              <li key={message.id} className="flex flex-col gap-1">
                {isLastQuestion && editing !== null && !busy ? (
                  <EditQuestion initial={editing} onCancel={() => setEditing(null)} onSend={(text) => resendEdited(message.id, text)} />
                ) : (
                  <MessageView message={message} origin={origin} streaming={status === "streaming" && isLast} cutShort={cutShort.get(message.id) ?? saved} />
                )}
                {message.role === "user" && isLastQuestion && editing === null && !busy ? (
                  <div className="flex justify-end">
                    <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setEditing(messageText(message))}>
                      {t("edit")}
                    </Button>
                  </div>
                ) : null}
                {message.role === "assistant" && !(busy && isLast) && messageText(message).trim() ? (
                  <div className="flex gap-1">
                    <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => void copyAnswer(message)}>
                      {copiedId === message.id ? t("copied") : t("copy")}
                    </Button>
                    {isLast ? (
                      <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={regenerateLast} disabled={busy}>
                        {t("regenerate")}
                      </Button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}

      {status === "submitted" ? (
        <p role="status" className="text-sm text-stone-600">
          {t("thinking")}
        </p>
      ) : null}

      <p className="sr-only" role="status">
        {copiedId ? t("copiedStatus") : ""}
      </p>

      {notice ? <Alert tone="error">{notice}</Alert> : null}

      {quotaMessage || outOfFreeUses ? <PlansOffer plans={plans} message={quotaMessage ?? t("errors.quota")} /> : null}

      {/* The composer stays on screen while the conversation is read back; the answer scrolls to just above it. */}
      <form onSubmit={onSubmit} className="sticky bottom-0 z-10 flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
        <label htmlFor="assistant-message" className="text-sm font-medium text-stone-800">
          {t("message")}
        </label>
        <QuestionText id="assistant-message" name="message" value={input} onChange={setInput} onKeyDown={onKeyDown} onFocus={prepare} placeholder={t("placeholder")} />
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs text-stone-600">{t("sendHint")}</span>
          <div className="flex gap-2">
            {busy ? (
              <Button type="button" variant="secondary" onClick={stopAnswer}>
                {t("stop")}
              </Button>
            ) : null}
            <Button type="submit" disabled={busy || input.trim().length === 0}>
              {t("send")}
            </Button>
          </div>
        </div>
      </form>
      <div ref={follow.end} aria-hidden="true" />
    </div>
  );
}

function messageText(message: AssistantUIMessage): string {
  return message.parts
    .flatMap((part) => (part.type === "text" ? [part.text] : []))
    .join("\n\n")
    .trim();
}

/** The box a question is typed in: the new question's, and the last question's when it is edited. */
function QuestionText({ onChange, ...props }: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value"> & { value: string; onChange: (text: string) => void }) {
  return (
    <textarea
      rows={3}
      maxLength={MAX_CHARS}
      onChange={(event) => onChange(event.target.value)}
      className="resize-y rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
      {...props}
    />
  );
}

function EditQuestion({ initial, onSend, onCancel }: { initial: string; onSend: (text: string) => void; onCancel: () => void }) {
  const t = useTranslations("Assistant");
  const [text, setText] = useState(initial);
  return (
    <form
      className="ml-auto flex w-full max-w-[85%] flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSend(text);
      }}
    >
      <label htmlFor="assistant-edit" className="sr-only">
        {t("editQuestion")}
      </label>
      <QuestionText id="assistant-edit" value={text} onChange={setText} autoFocus />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={text.trim().length === 0}>
          {t("saveAndSend")}
        </Button>
      </div>
    </form>
  );
}

function MessageView({ message, origin, streaming, cutShort }: { message: AssistantUIMessage; origin?: string; streaming: boolean; cutShort?: CutShort }) {
  const t = useTranslations("Assistant");
  if (message.role === "user") {
    const text = message.parts.map((part) => (part.type === "text" ? part.text : "")).join("\n");
    return (
      <div className="ml-auto max-w-[85%] rounded-2xl bg-leaf-700 px-4 py-2 text-sm whitespace-pre-wrap text-white">
        <span className="sr-only">{t("you")} </span>
        {text}
      </div>
    );
  }
  // Until the answer's renderer has arrived (a moment, on the first answer) its text shows plain.
  return (
    <Suspense
      fallback={
        <div className="flex max-w-full flex-col gap-3 rounded-2xl border border-stone-200 bg-white px-4 py-3 text-sm text-stone-800 shadow-sm">
          <p className="leading-relaxed whitespace-pre-wrap">{messageText(message)}</p>
        </div>
      }
    >
      <AnswerView message={message} origin={origin} streaming={streaming} cutShort={cutShort} />
    </Suspense>
  );
}
