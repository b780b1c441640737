import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails } from "@/db/schema";
import { resetEnvCache } from "@/lib/config/env";
import { draftEmail } from "@/lib/email/messages";
import { enqueueEmail } from "@/lib/email/outbox";
import { deliverDueEmails } from "@/lib/email/sender";
import { startSmtpServer } from "@/tests/support/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnvCache();
});

function useSmtp() {
  process.env.SMTP_URL = smtp.url;
  resetEnvCache();
}

const resetEmail = (to: string) => draftEmail("passwordReset", { to, locale: "en", resetUrl: `http://localhost:3000/reset-password?token=for-${to}`, minutes: 30 });

async function enqueue(to: string) {
  const draft = await resetEmail(to);
  await db.transaction((tx) => enqueueEmail(tx, draft));
}

const deliveredTo = (address: string) => smtp.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);

describe("the email outbox", () => {
  it("keeps the email in the outbox without SMTP_URL, and sends it once a server is configured", async () => {
    await enqueue("nosmtp@example.com");
    expect(await deliverDueEmails()).toMatchObject({ sent: 0 });
    const [waiting] = await db.select().from(emails).where(eq(emails.to, "nosmtp@example.com"));
    expect(waiting).toMatchObject({ status: "outbox", subject: "Reset your Beyond Earth password", template: "passwordReset" });
    expect(deliveredTo("nosmtp@example.com")).toHaveLength(0);

    useSmtp();
    await deliverDueEmails();
    const [delivered] = deliveredTo("nosmtp@example.com");
    expect(delivered.text).toContain("http://localhost:3000/reset-password?token=for-nosmtp@example.com");
    expect(delivered.html).toContain('href="http://localhost:3000/reset-password?token=for-nosmtp@example.com"');
    // The row keeps what was sent.
    const [sent] = await db.select().from(emails).where(eq(emails.to, "nosmtp@example.com"));
    expect(sent).toMatchObject({ status: "sent", text: delivered.text });
  });

  it("retries a refusing server with backoff, records the error, and delivers exactly once", async () => {
    useSmtp();
    await enqueue("retry@example.com");
    smtp.refuseNext(2);
    const start = Date.now();
    await deliverDueEmails({ now: new Date(start) });
    const [afterFirst] = await db.select().from(emails).where(eq(emails.to, "retry@example.com"));
    expect(afterFirst).toMatchObject({ status: "outbox", attempts: 1 });
    expect(afterFirst.lastError).toContain("Try again later");
    // Not due again straight away: the backoff holds it back.
    expect(await deliverDueEmails({ now: new Date(start + 1000) })).toMatchObject({ sent: 0, failed: 0 });

    await deliverDueEmails({ now: new Date(start + 31_000) });
    const [afterSecond] = await db.select().from(emails).where(eq(emails.to, "retry@example.com"));
    expect(afterSecond.attempts).toBe(2);
    expect(afterSecond.nextAttemptAt.getTime()).toBeGreaterThan(start + 31_000 + 59_000);

    await deliverDueEmails({ now: new Date(start + 200_000) });
    await deliverDueEmails({ now: new Date(start + 400_000) });
    expect(deliveredTo("retry@example.com")).toHaveLength(1);
    const [done] = await db.select().from(emails).where(eq(emails.to, "retry@example.com"));
    expect(done).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  it("two senders running at once deliver each email once", async () => {
    useSmtp();
    const addresses = ["race1@example.com", "race2@example.com", "race3@example.com"];
    for (const address of addresses) await enqueue(address);
    const results = await Promise.all([deliverDueEmails(), deliverDueEmails()]);
    expect(results[0].sent + results[1].sent).toBe(3);
    for (const address of addresses) expect(deliveredTo(address)).toHaveLength(1);
  });

  it("writes nothing when the transaction that caused the email rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, await resetEmail("rollback@example.com"));
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    expect(await db.select().from(emails).where(eq(emails.to, "rollback@example.com"))).toHaveLength(0);
  });
});
