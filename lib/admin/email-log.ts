import "server-only";
import { and, eq } from "drizzle-orm";
import { emails, emailStatuses, type Email } from "@/db/schema";
import { withBodies, type EmailBody } from "@/lib/email/outbox";
import { isAdmin, REFUSAL, type Actor, type Refusal } from "./access";
import { likeText, readNewestPage, type Paged } from "./paging";

export const EMAILS_PAGE_SIZE = 20;
export { emailStatuses };
export type EmailStatus = (typeof emailStatuses)[number];

/** The outbox for operators: every email the shop wrote, newest first, whether or not it was sent, each with its body (rendered for display if not yet sent). */
export async function listEmails(actor: Actor, query: { status?: EmailStatus; to?: string; page?: number }): Promise<(Paged<Email & EmailBody> & { ok: true }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const condition = and(query.status ? eq(emails.status, query.status) : undefined, query.to ? likeText(emails.to, query.to, "contains") : undefined);
  const list = await readNewestPage(emails, { condition, newest: emails.createdAt, id: emails.id, size: EMAILS_PAGE_SIZE, page: query.page });
  // One email the operator cannot read must not hide the others.
  const rows = await withBodies(list.rows, (error) => {
    const text = `This email's body cannot be rendered: ${error instanceof Error ? error.message : String(error)}`;
    return { text, html: "" };
  });
  return { ok: true, ...list, rows };
}
