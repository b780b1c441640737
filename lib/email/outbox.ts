import "server-only";
import type { Executor } from "@/db/client";
import { emails, type Email } from "@/db/schema";
import { renderEmailBody, type EmailBody, type EmailDraft } from "./messages";

export type { EmailBody };

/**
 * Writes an email to the outbox with the caller's executor, so it is part of the caller's
 * transaction: the email exists exactly when the change that caused it was committed.
 * The sender (./sender.ts) renders and delivers it later.
 */
export async function enqueueEmail(executor: Executor, draft: EmailDraft): Promise<void> {
  await executor
    .insert(emails)
    .values({ to: draft.to, subject: draft.subject, template: draft.template, data: draft.data, dedupeKey: draft.dedupeKey ?? null })
    .onConflictDoNothing({ target: emails.dedupeKey });
}

/** What an outbox email says: as it was sent, or rendered now from its template. */
export async function bodyOf(email: Pick<Email, "template" | "data" | "text" | "html">): Promise<EmailBody> {
  if (email.text !== null && email.html !== null) return { text: email.text, html: email.html };
  if (!email.template || !email.data) throw new Error("This email has neither a body nor a template to render it from");
  return renderEmailBody(email.template, email.data);
}

/**
 * Outbox rows with their bodies, for those who read them (the operator console, tests). A row that
 * cannot be rendered (say its template was renamed since) throws, unless `unrenderable` says what to show.
 */
export async function withBodies<T extends Pick<Email, "template" | "data" | "text" | "html">>(
  rows: T[],
  unrenderable?: (error: unknown) => EmailBody,
): Promise<(T & EmailBody)[]> {
  return Promise.all(
    rows.map(async (row) => {
      try {
        return { ...row, ...(await bodyOf(row)) };
      } catch (error) {
        if (!unrenderable) throw error;
        return { ...row, ...unrenderable(error) };
      }
    }),
  );
}
