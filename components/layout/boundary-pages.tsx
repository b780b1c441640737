"use client";

import Link from "next/link";
import { createContext, lazy, useContext, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages";

/**
 * The error and not-found pages (app/[locale]/error.tsx re-exports the first, not-found.tsx renders
 * the second). Next ships both with every page, so they live here, in the module the layout already
 * loads for their messages: no chunk of their own, and no message formatter (their words are plain
 * strings, handed over by app/[locale]/layout.tsx). The not-found page's markup loads only when one
 * is shown (not-found-body.tsx); the error page stays in, as it must show when nothing else loads.
 */
export type BoundaryMessages = Pick<Messages, "Error" | "NotFound">;

const BoundaryMessagesContext = createContext<BoundaryMessages | null>(null);

export function BoundaryMessagesProvider({ messages, children }: { messages: BoundaryMessages; children: ReactNode }) {
  return <BoundaryMessagesContext value={messages}>{children}</BoundaryMessagesContext>;
}

function useBoundaryMessages(): BoundaryMessages {
  const messages = useContext(BoundaryMessagesContext);
  // app/[locale]/layout.tsx provides them; Next renders both pages inside it.
  if (!messages) throw new Error("No BoundaryMessagesProvider");
  return messages;
}

/** Shown when a page fails unexpectedly; details stay in the server log. */
export function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useBoundaryMessages().Error;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-5 py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t.heading}</h1>
      <p className="text-stone-600">{t.body}</p>
      <div className="flex gap-3">
        <Button onClick={() => retry()}>{t.retry}</Button>
        <Link href="/shop" className="inline-flex items-center rounded-lg px-4 py-2 text-sm font-semibold text-leaf-700 hover:bg-leaf-50">
          {t.browse}
        </Link>
      </div>
    </div>
  );
}

// Next renders not-found apart from the page that called notFound(), so on a cached page a server
// render would have to read the request for its language; the layout's messages know it.
const NotFoundBody = lazy(() => import("./not-found-body"));

export function NotFoundPage() {
  return <NotFoundBody messages={useBoundaryMessages().NotFound} />;
}
