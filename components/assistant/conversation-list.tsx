"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { deleteConversation, renameConversation, type ConversationActionState } from "@/app/(store)/assistant/actions";
import { Button } from "@/components/ui/button";
import { MAX_CONVERSATION_TITLE_CHARS } from "@/lib/assistant/client";

export type ConversationSummary = { id: string; title: string; updatedAt: string };

type StartedThread = { id: string; title: string };
const threadStartedListeners = new Set<(thread: StartedThread) => void>();

const threadDroppedListeners = new Set<(id: string) => void>();

/** Called by the chat box when a new conversation gets its id, so the list shows it at once. */
export function announceThreadStarted(thread: StartedThread) {
  threadStartedListeners.forEach((listener) => listener(thread));
}

/** Called by the chat box when the server dropped a conversation it had just started (its first answer failed). */
export function announceThreadDropped(id: string) {
  threadDroppedListeners.forEach((listener) => listener(id));
}

type Mode = { kind: "idle" } | { kind: "renaming"; id: string } | { kind: "deleting"; id: string };

const smallButton = "px-2 py-1 text-xs";

export function ConversationList({ initial, activeId }: { initial: ConversationSummary[]; activeId?: string }) {
  const t = useTranslations("Assistant.list");
  const format = useFormatter();
  const router = useRouter();
  const [threads, setThreads] = useState(initial);
  const [current, setCurrent] = useState(activeId);
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => setCurrent(activeId), [activeId]);
  useEffect(() => setThreads(initial), [initial]);

  useEffect(() => {
    const onStarted = (started: StartedThread) => {
      setCurrent(started.id);
      setThreads((list) => [{ ...started, updatedAt: new Date().toISOString() }, ...list.filter((thread) => thread.id !== started.id)]);
    };
    const onDropped = (id: string) => {
      setCurrent((shown) => (shown === id ? undefined : shown));
      setThreads((list) => list.filter((thread) => thread.id !== id));
    };
    threadStartedListeners.add(onStarted);
    threadDroppedListeners.add(onDropped);
    return () => {
      threadStartedListeners.delete(onStarted);
      threadDroppedListeners.delete(onDropped);
    };
  }, []);

  const settle = (id: string, result: ConversationActionState, onOk: () => void) => {
    if (result.status === "ok") {
      setError(null);
      setMode({ kind: "idle" });
      onOk();
    } else {
      setError({ id, message: result.message });
    }
  };

  const rename = (id: string, event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const title = new FormData(event.currentTarget).get("title");
    startTransition(async () => {
      try {
        const result = await renameConversation({ threadId: id, title });
        settle(id, result, () => setThreads((list) => list.map((thread) => (thread.id === id ? { ...thread, title: result.status === "ok" && result.title ? result.title : thread.title } : thread))));
      } catch {
        setError({ id, message: t("renameFailed") });
      }
    });
  };

  const remove = (id: string) => {
    startTransition(async () => {
      try {
        const result = await deleteConversation({ threadId: id });
        settle(id, result, () => {
          setThreads((list) => list.filter((thread) => thread.id !== id));
          if (id === current) router.push("/assistant?new=1");
        });
      } catch {
        setError({ id, message: t("deleteFailed") });
      }
    });
  };

  if (threads.length === 0) return <p className="text-sm text-stone-600">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-1" aria-label={t("past")}>
      {threads.map((thread) => (
        <li key={thread.id} className="rounded-lg has-[a[aria-current=page]]:bg-white">
          {mode.kind === "renaming" && mode.id === thread.id ? (
            <form onSubmit={(event) => rename(thread.id, event)} className="flex flex-col gap-2 p-2">
              <label htmlFor={`rename-${thread.id}`} className="text-xs font-medium text-stone-800">
                {t("name")}
              </label>
              <input
                id={`rename-${thread.id}`}
                name="title"
                defaultValue={thread.title}
                maxLength={MAX_CONVERSATION_TITLE_CHARS}
                autoFocus
                required
                className="rounded-lg border border-stone-300 px-2 py-1 text-sm"
              />
              <div className="flex gap-1">
                <Button type="submit" className={smallButton} disabled={pending}>
                  {t("save")}
                </Button>
                <Button type="button" variant="secondary" className={smallButton} onClick={() => setMode({ kind: "idle" })}>
                  {t("cancel")}
                </Button>
              </div>
            </form>
          ) : (
            <>
              <Link
                href={`/assistant?thread=${thread.id}`}
                aria-current={thread.id === current ? "page" : undefined}
                className="block rounded-lg px-3 py-2 text-sm text-stone-700 hover:bg-white aria-[current=page]:font-semibold aria-[current=page]:text-leaf-900"
              >
                <span className="line-clamp-2 break-words">{thread.title}</span>
                <time dateTime={thread.updatedAt} suppressHydrationWarning className="block text-xs font-normal text-stone-600">
                  {format.dateTime(new Date(thread.updatedAt), { month: "short", day: "numeric" })}
                </time>
              </Link>
              {mode.kind === "deleting" && mode.id === thread.id ? (
                <div role="group" aria-label={t("confirmDeletion")} className="flex flex-wrap items-center gap-1 px-3 pb-2 text-xs text-stone-800">
                  <span>{t("deleteQuestion")}</span>
                  <Button type="button" variant="danger" className={smallButton} disabled={pending} onClick={() => remove(thread.id)}>
                    {t("delete")}
                  </Button>
                  <Button type="button" variant="secondary" className={smallButton} onClick={() => setMode({ kind: "idle" })}>
                    {t("keep")}
                  </Button>
                </div>
              ) : (
                <div className="flex gap-1 px-1 pb-1">
                  <Button type="button" variant="ghost" className={smallButton} aria-label={t("renameLabel", { title: thread.title })} onClick={() => setMode({ kind: "renaming", id: thread.id })}>
                    {t("rename")}
                  </Button>
                  <Button type="button" variant="ghost" className={smallButton} aria-label={t("deleteLabel", { title: thread.title })} onClick={() => setMode({ kind: "deleting", id: thread.id })}>
                    {t("delete")}
                  </Button>
                </div>
              )}
            </>
          )}
          {error?.id === thread.id ? (
            <p role="alert" className="px-3 pb-2 text-xs text-red-700">
              {error.message}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
