import "server-only";
import { eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { webhookSecret } from "@/lib/config/env";
import { paymentEventHandlers } from "@/lib/orders/webhook-handlers";
import { planEventHandlers } from "@/lib/plans/webhook-handlers";
import type { WebhookHandlers } from "./webhook-types";

const handlers: WebhookHandlers = { ...paymentEventHandlers, ...planEventHandlers };

export function handledEventTypes(): string[] {
  return Object.keys(handlers).sort();
}

export type WebhookOutcome = { status: number; body: { received: boolean; duplicate?: boolean; error?: string } };

/** Verifies with the SDK on the raw body: nothing is written for a bad or missing signature. */
function verify(rawBody: string, signature: string | null): Stripe.Event | string {
  if (!signature) return "Missing Stripe-Signature header";
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, webhookSecret());
  } catch {
    return "Invalid Stripe-Signature";
  }
}

function objectId(event: Stripe.Event): string | null {
  const object = event.data.object as { id?: unknown };
  return typeof object.id === "string" ? object.id : null;
}

/**
 * The webhook pipeline: verify, record the event id first (a duplicate is answered 200 and does
 * nothing), dispatch to the handler for its type, then mark it processed, ignored or failed.
 * A failed event answers 500 so Stripe retries it, and the retry runs the handler again.
 */
export async function ingestStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookOutcome> {
  const event = verify(rawBody, signature);
  if (typeof event === "string") return { status: 400, body: { received: false, error: event } };

  const [recorded] = await db
    .insert(webhookEvents)
    .values({ id: event.id, type: event.type, objectId: objectId(event), payload: rawBody })
    .onConflictDoNothing()
    .returning({ id: webhookEvents.id });

  if (!recorded) {
    const [retried] = await db
      .update(webhookEvents)
      .set({ attempts: sql`${webhookEvents.attempts} + 1`, status: "received", error: null })
      .where(sql`${webhookEvents.id} = ${event.id} and ${webhookEvents.status} = 'failed'`)
      .returning({ id: webhookEvents.id });
    if (!retried) {
      await db.update(webhookEvents).set({ attempts: sql`${webhookEvents.attempts} + 1` }).where(eq(webhookEvents.id, event.id));
      return { status: 200, body: { received: true, duplicate: true } };
    }
  }
  return processEvent(event);
}

async function processEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  const handler = handlers[event.type];
  if (!handler) {
    await db.update(webhookEvents).set({ status: "ignored", processedAt: new Date() }).where(eq(webhookEvents.id, event.id));
    return { status: 200, body: { received: true } };
  }
  try {
    await handler(event);
    await db.update(webhookEvents).set({ status: "processed", processedAt: new Date(), error: null }).where(eq(webhookEvents.id, event.id));
    return { status: 200, body: { received: true } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Stripe webhook ${event.id} (${event.type}) failed: ${message}`);
    await db.update(webhookEvents).set({ status: "failed", error: message.slice(0, 1000) }).where(eq(webhookEvents.id, event.id));
    return { status: 500, body: { received: false, error: "The event could not be processed; it will be retried." } };
  }
}

/**
 * Runs a recorded event through its handler again (the operator console's replay). Handlers are
 * idempotent, so replaying a processed event changes nothing.
 */
export async function replayWebhookEvent(id: string): Promise<{ ok: true; status: string } | { ok: false; message: string }> {
  const [row] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, id));
  if (!row) return { ok: false, message: "No such event." };
  const event = JSON.parse(row.payload) as Stripe.Event;
  await db.update(webhookEvents).set({ attempts: sql`${webhookEvents.attempts} + 1` }).where(eq(webhookEvents.id, id));
  const outcome = await processEvent(event);
  const [after] = await db.select({ status: webhookEvents.status }).from(webhookEvents).where(eq(webhookEvents.id, id));
  return outcome.status === 200 ? { ok: true, status: after.status } : { ok: false, message: outcome.body.error ?? "Replay failed." };
}
