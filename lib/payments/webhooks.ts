import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { z } from "zod";
import { db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { webhookSecret } from "@/lib/config/env";
import { paymentEventHandlers } from "@/lib/orders/webhook-handlers";
import { planEventHandlers } from "@/lib/plans/webhook-handlers";
import { stripeErrorOf } from "./errors";
import { STRIPE_API_VERSION } from "./stripe";
import type { WebhookHandlers } from "./webhook-types";
import { logger } from "@/lib/observability/logger";
import { annotateSpan, count, withSpan } from "@/lib/observability/tracing";

const handlers: WebhookHandlers = { ...paymentEventHandlers, ...planEventHandlers };

/**
 * How long one attempt holds an event. Stripe gives up on a delivery after about 20 s and retries
 * later; an event still `received` after this is taken to have crashed mid-way and may be claimed
 * again by the next delivery, so it is never lost behind a "duplicate" answer.
 */
export const WEBHOOK_LEASE_MS = 60_000;

export type WebhookOutcome = { status: number; body: { received: boolean; duplicate?: boolean; ignored?: string; error?: string } };

/** What became of one delivery, for the span and the `beyond_earth.webhook.events` counter. */
type Outcome = "processed" | "unhandled" | "ignored" | "failed" | "duplicate" | "rejected" | "unusable";

function settled(type: string, outcome: Outcome, result: WebhookOutcome): WebhookOutcome {
  annotateSpan({ "stripe.event.type": type, "beyond_earth.webhook.outcome": outcome });
  count("webhookEvents", { "stripe.event.type": type, outcome });
  return result;
}

/** What the pipeline needs of an event before any handler sees it. */
const usableEvent = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  data: z.object({ object: z.looseObject({ id: z.string().optional() }) }),
});

/**
 * Verifies with the SDK on the raw body (nothing is written for a bad or missing signature), then
 * reads the JSON; a correctly signed body that is not JSON is a permanent problem, not a forgery.
 */
function verify(rawBody: string, signature: string | null): unknown {
  if (!signature) return new SignatureError("Missing Stripe-Signature header");
  try {
    const checker = Stripe.webhooks.signature;
    if (!checker) throw new Error("The Stripe SDK has no signature helper");
    checker.verifyHeader(rawBody, signature, webhookSecret(), Stripe.webhooks.DEFAULT_TOLERANCE);
  } catch {
    return new SignatureError("Invalid Stripe-Signature");
  }
  try {
    return JSON.parse(rawBody);
  } catch {
    return undefined;
  }
}

/**
 * Handlers re-read objects from Stripe in the SDK's pinned version rather than trusting a payload's
 * shape; an endpoint set to another version is still worth an operator's attention.
 */
function warnOnApiVersion(event: Stripe.Event) {
  if (event.api_version && event.api_version !== STRIPE_API_VERSION) {
    logger().warn(
      `Stripe webhook ${event.id} (${event.type}) was rendered in API version ${event.api_version}, but the SDK pins ${STRIPE_API_VERSION}; set the endpoint's API version to ${STRIPE_API_VERSION}.`,
    );
  }
}

class SignatureError {
  constructor(readonly message: string) {}
}

/**
 * A Stripe error that no retry can change (the object does not exist, the request is invalid):
 * the event is recorded as ignored. Anything else (the database busy, Stripe unreachable) is
 * transient and answered 5xx so Stripe retries.
 */
function permanentReason(error: unknown): string | null {
  if (error instanceof z.ZodError) return `Unexpected payload: ${error.issues.map((issue) => `${issue.path.join(".") || "(root)"} ${issue.message}`).join("; ")}`;
  const info = stripeErrorOf(error);
  if (!info) return null;
  if (info.type === "StripeInvalidRequestError" || info.statusCode === 404) return `Stripe: ${info.message}`;
  return null;
}

async function recordUnusable(rawBody: string, reason: string): Promise<WebhookOutcome> {
  const id = `invalid_${createHash("sha256").update(rawBody).digest("hex").slice(0, 32)}`;
  await db
    .insert(webhookEvents)
    .values({ id, type: "(not an event)", status: "ignored", error: reason, payload: rawBody.slice(0, 100_000), processedAt: new Date() })
    .onConflictDoUpdate({ target: webhookEvents.id, set: { attempts: sql`${webhookEvents.attempts} + 1` } });
  logger().warn(`Stripe webhook ignored: ${reason}`);
  return settled("(not an event)", "unusable", { status: 200, body: { received: true, ignored: reason } });
}

/**
 * The webhook pipeline: verify, record the event id first (a duplicate is answered 200 and does
 * nothing), dispatch to the handler for its type, then mark it processed, ignored or failed.
 * A failed event answers 500 so Stripe retries it, and the retry runs the handler again; so does
 * a retry of an event whose attempt crashed (its lease ran out while still `received`).
 */
export function ingestStripeWebhook(rawBody: string, signature: string | null, now = Date.now()): Promise<WebhookOutcome> {
  return withSpan("stripe webhook", {}, () => ingest(rawBody, signature, now));
}

async function ingest(rawBody: string, signature: string | null, now: number): Promise<WebhookOutcome> {
  const verified = verify(rawBody, signature);
  if (verified instanceof SignatureError) return settled("(unverified)", "rejected", { status: 400, body: { received: false, error: verified.message } });
  const parsed = usableEvent.safeParse(verified);
  if (!parsed.success) return recordUnusable(rawBody, "Signed body is not a usable event (needs id, type and data.object)");
  const event = verified as Stripe.Event;
  annotateSpan({ "stripe.event.type": event.type, "stripe.event.id": event.id });
  warnOnApiVersion(event);
  const lease = new Date(now + WEBHOOK_LEASE_MS);

  const [recorded] = await db
    .insert(webhookEvents)
    .values({ id: event.id, type: event.type, objectId: parsed.data.data.object.id ?? null, payload: rawBody, leaseUntil: lease })
    .onConflictDoNothing()
    .returning({ id: webhookEvents.id });

  if (!recorded) {
    // One conditional UPDATE claims the event, so two concurrent retries cannot both run it.
    const [retried] = await db
      .update(webhookEvents)
      .set({ attempts: sql`${webhookEvents.attempts} + 1`, status: "received", error: null, leaseUntil: lease })
      .where(
        sql`${webhookEvents.id} = ${event.id} and (${webhookEvents.status} = 'failed' or (${webhookEvents.status} = 'received' and coalesce(${webhookEvents.leaseUntil}, ${webhookEvents.receivedAt} + ${WEBHOOK_LEASE_MS}) <= ${now}))`,
      )
      .returning({ id: webhookEvents.id });
    if (!retried) {
      await db.update(webhookEvents).set({ attempts: sql`${webhookEvents.attempts} + 1` }).where(eq(webhookEvents.id, event.id));
      return settled(event.type, "duplicate", { status: 200, body: { received: true, duplicate: true } });
    }
  }
  return processEvent(event);
}

async function processEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  const handler = handlers[event.type];
  if (!handler) {
    await db.update(webhookEvents).set({ status: "ignored", processedAt: new Date(), leaseUntil: null }).where(eq(webhookEvents.id, event.id));
    return settled(event.type, "unhandled", { status: 200, body: { received: true } });
  }
  try {
    await handler(event);
    await db.update(webhookEvents).set({ status: "processed", processedAt: new Date(), error: null, leaseUntil: null }).where(eq(webhookEvents.id, event.id));
    return settled(event.type, "processed", { status: 200, body: { received: true } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const permanent = permanentReason(error);
    if (permanent) {
      logger().warn(`Stripe webhook ${event.id} (${event.type}) ignored: ${permanent}`);
      await db
        .update(webhookEvents)
        .set({ status: "ignored", processedAt: new Date(), error: permanent.slice(0, 1000), leaseUntil: null })
        .where(eq(webhookEvents.id, event.id));
      return settled(event.type, "ignored", { status: 200, body: { received: true, ignored: permanent } });
    }
    logger().error(`Stripe webhook ${event.id} (${event.type}) failed: ${message}`);
    await db.update(webhookEvents).set({ status: "failed", error: message.slice(0, 1000), leaseUntil: null }).where(eq(webhookEvents.id, event.id));
    return settled(event.type, "failed", { status: 500, body: { received: false, error: "The event could not be processed; it will be retried." } });
  }
}

/**
 * Runs a recorded event through its handler again (the operator console's replay). Handlers are
 * idempotent, so replaying a processed event changes nothing.
 */
export async function replayWebhookEvent(id: string): Promise<{ ok: true; status: string } | { ok: false; message: string }> {
  const [row] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, id));
  if (!row) return { ok: false, message: "No such event." };
  let payload: unknown;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    payload = undefined;
  }
  if (!usableEvent.safeParse(payload).success) return { ok: false, message: "This payload is not a usable event, so there is nothing to replay." };
  await db.update(webhookEvents).set({ attempts: sql`${webhookEvents.attempts} + 1` }).where(eq(webhookEvents.id, id));
  const event = payload as Stripe.Event;
  const outcome = await withSpan("stripe webhook replay", { "stripe.event.type": event.type, "stripe.event.id": event.id }, () => processEvent(event));
  const [after] = await db.select({ status: webhookEvents.status }).from(webhookEvents).where(eq(webhookEvents.id, id));
  return outcome.status === 200 ? { ok: true, status: after.status } : { ok: false, message: outcome.body.error ?? "Replay failed." };
}
