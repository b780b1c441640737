"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** The error and not-found pages' words: plain strings, no placeholders, so no message formatter. */
export type BoundaryMessages = Pick<Messages, "Error" | "NotFound">;

const BoundaryMessagesContext = createContext<BoundaryMessages | null>(null);

/**
 * Next renders app/[locale]/error.tsx (a client component, shipped with every page) and
 * not-found.tsx inside app/[locale]/layout.tsx, which hands them their page's messages here.
 */
export function BoundaryMessagesProvider({ messages, children }: { messages: BoundaryMessages; children: ReactNode }) {
  return <BoundaryMessagesContext value={messages}>{children}</BoundaryMessagesContext>;
}

export function useBoundaryMessages(): BoundaryMessages {
  const messages = useContext(BoundaryMessagesContext);
  if (!messages) throw new Error("useBoundaryMessages is for app/[locale]/error.tsx and not-found.tsx, inside the locale layout");
  return messages;
}
