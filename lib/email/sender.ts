import "server-only";
import { and, asc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/db/client";
import { emails, type Email } from "@/db/schema";
import { env } from "@/lib/config/env";
import { intervalJob } from "@/lib/jobs/interval-job";
import { bodyOf } from "./outbox";
import { logger } from "@/lib/observability/logger";

/**
 * Delivers the outbox. A sender claims due emails with a lease (a conditional UPDATE, so two
 * senders, in this process or another, never claim the same email), renders each from its
 * template and sends it through SMTP_URL,
 * and on failure records the error and tries again later with a growing delay. A lease that
 * outlives a crashed sender simply expires and the email is claimed again.
 */
const BATCH = 20;
const LEASE_MS = 60_000;
const INTERVAL_MS = 15_000;
export const MAX_ATTEMPTS = 10;

/** 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export type DeliveryResult = { sent: number; failed: number; printed: number };

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

async function claimDue(now: Date): Promise<{ token: string; claimed: Email[] }> {
  const token = crypto.randomUUID();
  const free = or(isNull(emails.leaseUntil), lte(emails.leaseUntil, now));
  const due = db
    .select({ id: emails.id })
    .from(emails)
    .where(and(eq(emails.status, "outbox"), lte(emails.nextAttemptAt, now), free))
    .orderBy(asc(emails.nextAttemptAt))
    .limit(BATCH);
  // The lease condition is repeated in the UPDATE itself: it is what two racing senders contend on.
  const claimed = await db
    .update(emails)
    .set({ leaseUntil: new Date(now.getTime() + LEASE_MS), leaseToken: token })
    .where(and(inArray(emails.id, due), eq(emails.status, "outbox"), free))
    .returning();
  return { token, claimed };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/** Without SMTP_URL the emails stay in the outbox; development prints each one once. */
async function printUnprinted(now: Date): Promise<number> {
  if (env().NODE_ENV !== "development") return 0;
  const unprinted = await db
    .select()
    .from(emails)
    .where(and(eq(emails.status, "outbox"), isNull(emails.printedAt)))
    .orderBy(asc(emails.id))
    .limit(BATCH);
  for (const email of unprinted) {
    const [marked] = await db
      .update(emails)
      .set({ printedAt: now })
      .where(and(eq(emails.id, email.id), isNull(emails.printedAt)))
      .returning({ id: emails.id });
    if (marked) {
      const { text } = await bodyOf(email);
      logger().info({ emailId: email.id, subject: email.subject }, `[email outbox, no SMTP_URL] an email to ${email.to} waits in the outbox (/admin/emails):\n\n${text}`);
    }
  }
  return unprinted.length;
}

export async function deliverDueEmails(options: { now?: Date } = {}): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const result: DeliveryResult = { sent: 0, failed: 0, printed: 0 };
  const { SMTP_URL: smtpUrl, MAIL_FROM: from } = env();
  if (!smtpUrl) {
    result.printed = await printUnprinted(now);
    return result;
  }
  const { token, claimed } = await claimDue(now);
  const transport = transportFor(smtpUrl);
  for (const email of claimed) {
    const ours = and(eq(emails.id, email.id), eq(emails.leaseToken, token));
    try {
      // Rendered here, off the path of whatever wrote it; the row keeps what was sent.
      const { text, html } = await bodyOf(email);
      await transport.sendMail({ from, to: email.to, subject: email.subject, text, html });
      await db.update(emails).set({ status: "sent", sentAt: new Date(), attempts: email.attempts + 1, lastError: null, leaseUntil: null, leaseToken: null, text, html }).where(ours);
      result.sent += 1;
    } catch (error) {
      const attempts = email.attempts + 1;
      await db
        .update(emails)
        .set({
          status: attempts >= MAX_ATTEMPTS ? "failed" : "outbox",
          attempts,
          lastError: errorText(error),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          leaseUntil: null,
          leaseToken: null,
        })
        .where(ours);
      result.failed += 1;
    }
  }
  return result;
}

const sender = intervalJob({ name: "email-sender", what: "Email delivery", intervalMs: INTERVAL_MS, round: deliverDueEmails, idle: { sent: 0, failed: 0, printed: 0 } });

/** Delivers now unless a delivery is already under way in this process. */
export const deliverEmailsSoon = (): Promise<DeliveryResult> => sender.runSoon();

/** Started once per server process (instrumentation). */
export const startEmailSender = (intervalMs = INTERVAL_MS) => sender.start(intervalMs);

export const emailSenderRunning = (): boolean => sender.started();

/** On shutdown: no new rounds; the one under way finishes its current emails. */
export const stopEmailSender = (): Promise<void> => sender.stop();
