import "server-only";
import { and, count, desc, eq, like, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { emails, emailStatuses, type Email } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Refusal } from "./access";
import { pageCount, type Paged } from "./paging";

export const EMAILS_PAGE_SIZE = 20;
export { emailStatuses };
export type EmailStatus = (typeof emailStatuses)[number];

/** The outbox for operators: every email the shop wrote, newest first, whether or not it was sent. */
export async function listEmails(actor: Actor, query: { status?: EmailStatus; to?: string; page?: number }): Promise<(Paged<Email> & { ok: true }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const where: SQL[] = [];
  if (query.status) where.push(eq(emails.status, query.status));
  if (query.to) where.push(like(emails.to, `%${query.to.replace(/[%_]/g, "")}%`));
  const condition = where.length ? and(...where) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(emails).where(condition);
  const pages = pageCount(total, EMAILS_PAGE_SIZE);
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = await db
    .select()
    .from(emails)
    .where(condition)
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(EMAILS_PAGE_SIZE)
    .offset((page - 1) * EMAILS_PAGE_SIZE);
  return { ok: true, rows, total, page, pages };
}
