import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { webhookEvents, type WebhookEvent } from "@/db/schema";
import { replayWebhookEvent } from "@/lib/payments/webhooks";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "./access";
import { readNewestPage, type Paged } from "./paging";

export const WEBHOOKS_PAGE_SIZE = 20;
export const webhookStatuses = ["received", "processed", "ignored", "failed"] as const;
export type WebhookStatus = (typeof webhookStatuses)[number];

export async function listWebhookEvents(
  actor: Actor,
  query: { type?: string; status?: WebhookStatus; page?: number },
): Promise<(Paged<WebhookEvent> & { ok: true; types: string[] }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const condition = and(query.type ? eq(webhookEvents.type, query.type) : undefined, query.status ? eq(webhookEvents.status, query.status) : undefined);
  const page = { condition, newest: webhookEvents.receivedAt, id: webhookEvents.id, size: WEBHOOKS_PAGE_SIZE, page: query.page };
  const list = await readNewestPage(webhookEvents, page);
  const types = await db.selectDistinct({ type: webhookEvents.type }).from(webhookEvents).orderBy(webhookEvents.type);
  return { ok: true, ...list, types: types.map((t) => t.type) };
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
