import "server-only";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { webhookEvents, type WebhookEvent } from "@/db/schema";
import { replayWebhookEvent } from "@/lib/payments/webhooks";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "./access";
import { pageCount, type Paged } from "./paging";

export const WEBHOOKS_PAGE_SIZE = 20;
export const webhookStatuses = ["received", "processed", "ignored", "failed"] as const;
export type WebhookStatus = (typeof webhookStatuses)[number];

export async function listWebhookEvents(
  actor: Actor,
  query: { type?: string; status?: WebhookStatus; page?: number },
): Promise<(Paged<WebhookEvent> & { ok: true; types: string[] }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const where: SQL[] = [];
  if (query.type) where.push(eq(webhookEvents.type, query.type));
  if (query.status) where.push(eq(webhookEvents.status, query.status));
  const condition = where.length ? and(...where) : undefined;

  const [{ total }] = await db.select({ total: count() }).from(webhookEvents).where(condition);
  const pages = pageCount(total, WEBHOOKS_PAGE_SIZE);
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = await db
    .select()
    .from(webhookEvents)
    .where(condition)
    .orderBy(desc(webhookEvents.receivedAt), desc(webhookEvents.id))
    .limit(WEBHOOKS_PAGE_SIZE)
    .offset((page - 1) * WEBHOOKS_PAGE_SIZE);
  const types = await db.selectDistinct({ type: webhookEvents.type }).from(webhookEvents).orderBy(webhookEvents.type);
  return { ok: true, rows, total, page, pages, types: types.map((t) => t.type) };
}

export const replayInput = z.object({ eventId: z.string().trim().regex(/^evt_[A-Za-z0-9_]+$/, "Not a Stripe event id") });

export type ReplayResult = { ok: true; message: string; status: string } | Failure | Refusal;

/** Runs one logged event through its handler again. Handlers are idempotent: a processed event changes nothing. */
export async function replayEvent(actor: Actor, input: unknown): Promise<ReplayResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = replayInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Not a Stripe event id" };
  const result = await replayWebhookEvent(parsed.data.eventId);
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, status: result.status, message: `Replayed: the event is ${result.status}.` };
}
