"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { z } from "zod";

export type ConversationSummary = { id: string; title: string; updatedAt: string };

/** Fired by the chat box when a new conversation gets its id, so the list shows it at once. */
export const THREAD_STARTED_EVENT = "beyond-earth:assistant-thread-started";

export function announceThreadStarted(thread: { id: string; title: string }) {
  window.dispatchEvent(new CustomEvent(THREAD_STARTED_EVENT, { detail: thread }));
}

const startedThread = z.object({ id: z.string(), title: z.string() });

export function ConversationList({ initial, activeId }: { initial: ConversationSummary[]; activeId?: string }) {
  const [threads, setThreads] = useState(initial);
  const [current, setCurrent] = useState(activeId);
  useEffect(() => setCurrent(activeId), [activeId]);

  useEffect(() => {
    const onStarted = (event: Event) => {
      const parsed = startedThread.safeParse(event instanceof CustomEvent ? event.detail : undefined);
      if (!parsed.success) return;
      const started = parsed.data;
      setCurrent(started.id);
      setThreads((list) => [{ ...started, updatedAt: new Date().toISOString() }, ...list.filter((thread) => thread.id !== started.id)]);
    };
    window.addEventListener(THREAD_STARTED_EVENT, onStarted);
    return () => window.removeEventListener(THREAD_STARTED_EVENT, onStarted);
  }, []);

  if (threads.length === 0) return <p className="text-sm text-stone-600">No conversations yet.</p>;
  return (
    <ul className="flex flex-col gap-1" aria-label="Past conversations">
      {threads.map((thread) => (
        <li key={thread.id}>
          <Link
            href={`/assistant?thread=${thread.id}`}
            aria-current={thread.id === current ? "page" : undefined}
            className="block rounded-lg px-3 py-2 text-sm text-stone-700 hover:bg-white aria-[current=page]:bg-white aria-[current=page]:font-semibold aria-[current=page]:text-leaf-900"
          >
            <span className="line-clamp-2">{thread.title}</span>
            <time dateTime={thread.updatedAt} suppressHydrationWarning className="block text-xs font-normal text-stone-600">
              {new Date(thread.updatedAt).toLocaleDateString("en-US", { month: "short", day: "numeric" })}
            </time>
          </Link>
        </li>
      ))}
    </ul>
  );
}
