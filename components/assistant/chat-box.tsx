"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport, isToolUIPart } from "ai";
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { z } from "zod";
import { announceCartChanged } from "@/components/layout/cart-events";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { assistantMetadataSchema, type AssistantUIMessage } from "@/lib/assistant/messages";
import { addRecipeToCartOutput, findRecipesOutput } from "@/lib/assistant/tools/schemas";
import { announceThreadStarted } from "./conversation-list";
import { AnswerText, preloadAnswerText } from "./answer-text";
import { deviceHint, withDeviceHint } from "./device-hint";
import { PlansOffer, type PlanOffer } from "./plans-offer";
import { RecipeCard } from "./recipe-card";

const MAX_CHARS = 2000;
const TITLE_CHARS = 60;

const EXAMPLES = [
  "What can I cook tonight with chickpeas, vegan, under $15?",
  "Any quick breakfast ideas for two?",
  "How much is shipping?",
];

const errorBody = z.object({ error: z.string(), message: z.string().optional() });

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
    message.parts.filter((part) => part.type === "tool-addRecipeToCart" && part.state === "output-available").map((part) => (isToolUIPart(part) ? part.toolCallId : "")),
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

  const transport = useMemo(
    () =>
      new DefaultChatTransport<AssistantUIMessage>({
        api: "/api/assistant",
        prepareSendMessagesRequest: ({ messages, trigger, body }) => {
          const last = messages[messages.length - 1];
          const parts = (last?.parts ?? []).flatMap((part) => (part.type === "text" ? [{ type: "text" as const, text: part.text }] : []));
          // Regenerate and edit replace the thread's last question on the server too.
          const replaceLast = threadRef.current !== undefined && (trigger === "regenerate-message" || body?.replaceLast === true);
          return { body: { ...(threadRef.current ? { threadId: threadRef.current } : {}), ...(replaceLast ? { replaceLast } : {}), message: { role: "user", parts } } };
        },
        fetch: async (request, init) => {
          const response = await fetch(request, await withDeviceHint(init));
          lastStatus.current = response.status;
          const left = response.headers.get("X-Free-Uses-Left");
          if (left !== null && Number.isFinite(Number(left))) setFreeLeft(Number(left));
          const started = response.headers.get("X-Thread-Id");
          if (response.ok && started && !threadRef.current) {
            threadRef.current = started;
            window.history.replaceState(null, "", `/assistant?thread=${encodeURIComponent(started)}`);
            announceThreadStarted({ id: started, title: titleOf(pendingText.current) });
          }
          return response;
        },
      }),
    [],
  );

  // The fingerprint takes a moment to compute: start it with the page, not with the first question.
  useEffect(() => {
    void deviceHint();
  }, []);

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

  const { messages, sendMessage, regenerate, setMessages, status, stop } = useChat<AssistantUIMessage>({
    id: chatId,
    messages: initialMessages,
    transport,
    messageMetadataSchema: assistantMetadataSchema,
    onFinish: () => {
      beforeReplace.current = null;
    },
    onError: (error) => {
      const rejected = lastStatus.current !== 200;
      let message = error.message;
      let code: string | undefined;
      try {
        const parsed = errorBody.safeParse(JSON.parse(error.message));
        if (parsed.success) {
          code = parsed.data.error;
          message = parsed.data.message ?? message;
        }
      } catch {
        // A stream error arrives as plain text.
      }
      const replacing = beforeReplace.current;
      beforeReplace.current = null;
      if (replacing) {
        // The server keeps the old question and answer unless part of a new answer was shown.
        setMessages((current) => {
          const last = current[current.length - 1];
          return !rejected && last?.role === "assistant" && last.parts.length > 0 ? current : replacing.messages;
        });
        if (rejected && replacing.editedText !== undefined) setEditing(replacing.editedText);
      } else if (rejected) {
        // The server never took the question: take it out of the log and give the text back.
        setMessages((current) => (current[current.length - 1]?.role === "user" ? current.slice(0, -1) : current));
        setInput(pendingText.current);
      }
      if (code === "quota_exceeded") {
        setFreeLeft(0);
        setQuotaMessage(message);
      } else {
        setNotice(message || "Something went wrong. Please try again.");
      }
    },
  });

  useEffect(() => {
    const fresh = completedCartTools(messages).filter((id) => !seenCartTools.current.has(id));
    if (fresh.length === 0) return;
    fresh.forEach((id) => seenCartTools.current.add(id));
    announceCartChanged();
  }, [messages]);

  const busy = status === "submitted" || status === "streaming";

  const send = (text: string) => {
    const question = text.trim();
    if (!question || busy) return;
    if (question.length > MAX_CHARS) {
      setNotice(`Questions can be at most ${MAX_CHARS.toLocaleString("en-US")} characters.`);
      return;
    }
    setNotice(null);
    setQuotaMessage(null);
    pendingText.current = question;
    setInput("");
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
    const question = text.trim();
    if (!question || busy) return;
    if (question.length > MAX_CHARS) {
      setNotice(`Questions can be at most ${MAX_CHARS.toLocaleString("en-US")} characters.`);
      return;
    }
    setNotice(null);
    setQuotaMessage(null);
    setEditing(null);
    beforeReplace.current = { messages, editedText: question };
    pendingText.current = question;
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
    const last = messages[messages.length - 1];
    if (last?.role === "assistant") setStoppedIds((ids) => new Set(ids).add(last.id));
    void stop();
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
        <textarea
          id="assistant-message"
          name="message"
          rows={3}
          maxLength={MAX_CHARS}
          value={input}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="What can I cook tonight with chickpeas, vegan, under $15?"
          className="resize-y rounded-lg border border-stone-300 px-3 py-2 text-sm"
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
      <textarea
        id="assistant-edit"
        rows={3}
        maxLength={MAX_CHARS}
        value={text}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        className="resize-y rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
      />
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

  const cards = message.parts.flatMap((part) => {
    if (part.type !== "tool-findRecipes" || part.state !== "output-available") return [];
    const parsed = findRecipesOutput.safeParse(part.output);
    return parsed.success ? parsed.data.recipes : [];
  });

  return (
    <div className="flex max-w-full flex-col gap-3 rounded-2xl border border-stone-200 bg-white px-4 py-3 text-sm text-stone-800 shadow-sm">
      {message.parts.map((part, index) => {
        if (part.type === "text") return <AnswerText key={index} text={part.text} origin={origin} streaming={streaming} />;
        if (!isToolUIPart(part)) return null;
        if (part.state === "input-streaming" || part.state === "input-available") {
          return (
            <p key={index} role="status" className="text-xs text-stone-600">
              {part.type === "tool-findRecipes" ? "Finding recipes you can make from what's in stock…" : part.type === "tool-addRecipeToCart" ? "Adding to your cart…" : "Checking stock…"}
            </p>
          );
        }
        if (part.state === "output-error") {
          return (
            <p key={index} className="text-xs text-red-700">
              A stock check failed; the answer below may be incomplete.
            </p>
          );
        }
        if (part.type === "tool-addRecipeToCart" && part.state === "output-available") {
          const parsed = addRecipeToCartOutput.safeParse(part.output);
          if (!parsed.success || !parsed.data.recipe) return null;
          return (
            <p key={index} role="status" className="rounded-lg bg-leaf-50 px-3 py-2 text-xs text-leaf-900">
              Cart updated for {parsed.data.recipe.title}: {parsed.data.added.length} added
              {parsed.data.notAdded.length ? `, ${parsed.data.notAdded.length} not added` : ""}.
            </p>
          );
        }
        return null;
      })}
      {cards.length ? (
        <div className="grid gap-3">
          {cards.map((recipe) => (
            <RecipeCard key={recipe.id} recipe={recipe} />
          ))}
        </div>
      ) : null}
      {stopped ? <p className="text-xs font-semibold text-amber-800">Stopped — this answer was cut short.</p> : null}
      {message.metadata?.model && message.parts.some((part) => part.type === "text" && part.text.length > 0) ? (
        <p className="text-xs text-stone-600">
          Answered by {message.metadata.model}
          {message.metadata.cached ? " (saved answer, stock unchanged)" : ""}
        </p>
      ) : null}
    </div>
  );
}
