"use client";

import Link from "next/link";
import { createContext, useContext, type ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/button-link";
import type { Messages } from "@/lib/i18n/messages";

/**
 * The error and not-found pages (app/[locale]/error.tsx and not-found.tsx re-export them). Next
 * ships both with every page, so they live here, in the module the layout already loads for
 * their messages: one copy in the layout's chunk instead of a chunk each, and no message formatter
 * (their words are plain strings, handed over by app/[locale]/layout.tsx).
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

// A client component: Next renders not-found apart from the page that called notFound(), so on a
// cached page a server render would have to read the request for its language; the layout knows it.
export function NotFoundPage() {
  const t = useBoundaryMessages().NotFound;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-5 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-soil-700">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t.heading}</h1>
      <p className="text-stone-600">{t.body}</p>
      <form action="/shop" role="search" className="flex w-full max-w-sm gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          {t.searchLabel}
        </label>
        <input id="not-found-q" name="q" type="search" placeholder={t.searchLabel} className="flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm" />
        <button type="submit" className={buttonClass("primary")}>
          {t.search}
        </button>
      </form>
      <div className="flex gap-4 text-sm font-semibold">
        <TextLink href="/shop">{t.browse}</TextLink>
        <TextLink href="/">{t.home}</TextLink>
      </div>
    </div>
  );
}
