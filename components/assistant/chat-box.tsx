"use client";

import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { announceCartChanged } from "@/components/layout/cart-events";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AssistantUIMessage } from "@/lib/assistant/messages";
import { preloadAnswerText } from "./answer-text";
import type { ChatEvents } from "./chat-engine";
import { announceThreadStarted } from "./conversation-list";
import { PlansOffer, type PlanOffer } from "./plans-offer";
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

const EXAMPLES = [
  "What can I cook tonight with chickpeas, vegan, under $15?",
  "Any quick breakfast ideas for two?",
  "How much is shipping?",
];

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

function freeUsesText(left: number): string {
  if (left <= 0) return "No free questions left";
  return `${left} free question${left === 1 ? "" : "s"} left`;
}

function titleOf(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= TITLE_CHARS ? line : `${line.slice(0, TITLE_CHARS - 1).trimEnd()}…`;
}

function completedCartTools(messages: AssistantUIMessage[]): string[] {
  return messages.flatMap((message) =>
    message.parts.flatMap((part) => (part.type === "tool-addRecipeToCart" && part.state === "output-available" ? [part.toolCallId] : [])),
  );
}

/** The chat: sends only the new question, streams the answer, and keeps the quota and thread in view. */
export function ChatBox({ threadId, initialMessages, entitled, freeUsesLeft, modelLabel, plans, origin }: Props) {
  const threadRef = useRef<string | undefined>(threadId);
  const lastStatus = useRef(200);
  const pendingText = useRef("");
  const [freeLeft, setFreeLeft] = useState(freeUsesLeft);
  const [quotaMessage, setQuotaMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [input, setInput] = useState("");
  // What the log looked like before a regenerate or edit, to put back if the server refuses it.
  const beforeReplace = useRef<{ messages: AssistantUIMessage[]; editedText?: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [stoppedIds, setStoppedIds] = useState<ReadonlySet<string>>(new Set());
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

  const handlers: ChatEvents = {
    threadId: () => threadRef.current,
    onResponse: (response) => {
      lastStatus.current = response.status;
      const left = response.headers.get("X-Free-Uses-Left");
      if (left !== null && Number.isFinite(Number(left))) setFreeLeft(Number(left));
      const started = response.headers.get("X-Thread-Id");
      if (response.ok && started && !threadRef.current) {
        threadRef.current = started;
        window.history.replaceState(null, "", `/assistant?thread=${encodeURIComponent(started)}`);
        announceThreadStarted({ id: started, title: titleOf(pendingText.current) });
      }
    },
    onFinish: () => {
      beforeReplace.current = null;
    },
    onError: ({ message, code, unsent }) => {
      const rejected = unsent === true || lastStatus.current !== 200;
      const replacing = beforeReplace.current;
      beforeReplace.current = null;
      if (replacing) {
        // The server keeps the old question and answer unless part of a new answer was shown.
        setMessages((current) => {
          const last = current[current.length - 1];
          return !rejected && last?.role === "assistant" && last.parts.length > 0 ? current : replacing.messages;
        });
      } else if (rejected) {
        // The server never took the question: take it out of the log.
        setMessages((current) => (current[current.length - 1]?.role === "user" ? current.slice(0, -1) : current));
      }
      if (rejected) handBack(replacing);
      if (code === "quota_exceeded") {
        setFreeLeft(0);
        setQuotaMessage(message);
      } else {
        setNotice(message || "Something went wrong. Please try again.");
      }
    },
  };
  const events = useRef(handlers);
  events.current = handlers;

  const { messages, sendMessage, regenerate, setMessages, status, stop } = useAssistantChat({ id: chatId, initialMessages, events });

  useEffect(() => {
    const fresh = completedCartTools(messages).filter((id) => !seenCartTools.current.has(id));
    if (fresh.length === 0) return;
    fresh.forEach((id) => seenCartTools.current.add(id));
    announceCartChanged();
  }, [messages]);

  const busy = status === "submitted" || status === "streaming";

  /** The question to send, trimmed; `null` when there is none to send now (a notice says why, if there is a reason to give). */
  const acceptQuestion = (text: string): string | null => {
    const question = text.trim();
    if (!question || busy) return null;
    if (question.length > MAX_CHARS) {
      setNotice(`Questions can be at most ${MAX_CHARS.toLocaleString("en-US")} characters.`);
      return null;
    }
    setNotice(null);
    setQuotaMessage(null);
    pendingText.current = question;
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
      setNotice("The answer could not be copied: your browser did not allow it.");
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
    if (last?.role === "assistant") setStoppedIds((ids) => new Set(ids).add(last.id));
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
        {entitled ? "Unlimited questions with your plan" : freeLeft !== null ? freeUsesText(freeLeft) : null}
        <span className="text-stone-600" aria-hidden="true"> · </span>
        Answers by the {modelLabel}
      </p>

      {messages.length === 0 ? (
        <div className="rounded-xl border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
          <p>Ask for recipe ideas from what is in stock right now, or anything about shipping, returns and packaging.</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {EXAMPLES.map((example) => (
              <li key={example}>
                <button
                  type="button"
                  onClick={() => send(example)}
                  onPointerEnter={prepare}
                  onFocus={prepare}
                  disabled={busy}
                  className="rounded-full border border-leaf-100 bg-leaf-50 px-3 py-1 text-leaf-900 hover:bg-leaf-100"
                >
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ol role="log" aria-label="Conversation" className="flex flex-col gap-4">
          {messages.map((message, index) => {
            const isLast = index === messages.length - 1;
            const isLastQuestion = message.role === "user" && messages.slice(index + 1).every((later) => later.role !== "user");
            return (
              <li key={message.id} className="flex flex-col gap-1">
                {isLastQuestion && editing !== null && !busy ? (
                  <EditQuestion
                    initial={editing}
                    onCancel={() => setEditing(null)}
                    onSend={(text) => resendEdited(message.id, text)}
                  />
                ) : (
                  <MessageView
                    message={message}
                    origin={origin}
                    streaming={status === "streaming" && isLast}
                    stopped={stoppedIds.has(message.id) || message.metadata?.status === "stopped"}
                  />
                )}
                {message.role === "user" && isLastQuestion && editing === null && !busy ? (
                  <div className="flex justify-end">
                    <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setEditing(messageText(message))}>
                      Edit
                    </Button>
                  </div>
                ) : null}
                {message.role === "assistant" && !(busy && isLast) && messageText(message).trim() ? (
                  <div className="flex gap-1">
                    <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => void copyAnswer(message)}>
                      {copiedId === message.id ? "Copied" : "Copy"}
                    </Button>
                    {isLast ? (
                      <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={regenerateLast} disabled={busy}>
                        Regenerate
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
          Thinking…
        </p>
      ) : null}

      <p className="sr-only" role="status">
        {copiedId ? "Answer copied to the clipboard" : ""}
      </p>

      {notice ? <Alert tone="error">{notice}</Alert> : null}

      {quotaMessage || outOfFreeUses ? (
        <PlansOffer plans={plans} message={quotaMessage ?? "You've used your free questions. Choose a plan to keep asking the recipe assistant."} />
      ) : null}

      <form onSubmit={onSubmit} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
        <label htmlFor="assistant-message" className="text-sm font-medium text-stone-800">
          Message
        </label>
        <QuestionText
          id="assistant-message"
          name="message"
          value={input}
          onChange={setInput}
          onKeyDown={onKeyDown}
          onFocus={prepare}
          placeholder="What can I cook tonight with chickpeas, vegan, under $15?"
        />
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs text-stone-600">Enter to send, Shift+Enter for a new line</span>
          <div className="flex gap-2">
            {busy ? (
              <Button type="button" variant="secondary" onClick={stopAnswer}>
                Stop
              </Button>
            ) : null}
            <Button type="submit" disabled={busy || input.trim().length === 0}>
              Send
            </Button>
          </div>
        </div>
      </form>
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
        Edit your question
      </label>
      <QuestionText id="assistant-edit" value={text} onChange={setText} autoFocus />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={text.trim().length === 0}>
          Save and send
        </Button>
      </div>
    </form>
  );
}

function MessageView({ message, origin, streaming, stopped }: { message: AssistantUIMessage; origin?: string; streaming: boolean; stopped: boolean }) {
  if (message.role === "user") {
    const text = message.parts.map((part) => (part.type === "text" ? part.text : "")).join("\n");
    return (
      <div className="ml-auto max-w-[85%] rounded-2xl bg-leaf-700 px-4 py-2 text-sm whitespace-pre-wrap text-white">
        <span className="sr-only">You: </span>
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
      <AnswerView message={message} origin={origin} streaming={streaming} stopped={stopped} />
    </Suspense>
  );
}
