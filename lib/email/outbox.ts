import "server-only";
import type { Executor } from "@/db/client";
import { emails } from "@/db/schema";

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** One email per cause (e.g. `receipt:<orderId>`): enqueuing it again does nothing. */
  dedupeKey?: string;
};

/**
 * Writes an email to the outbox with the caller's executor, so it is part of the caller's
 * transaction: the email exists exactly when the change that caused it was committed.
 * The sender (./sender.ts) delivers it later.
 */
export async function enqueueEmail(executor: Executor, message: EmailMessage): Promise<void> {
  await executor
    .insert(emails)
    .values({ to: message.to, subject: message.subject, text: message.text, html: message.html, dedupeKey: message.dedupeKey ?? null })
    .onConflictDoNothing({ target: emails.dedupeKey });
}
