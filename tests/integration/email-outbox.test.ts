import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails } from "@/db/schema";
import { resetEnvCache } from "@/lib/config/env";
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

async function enqueue(to: string) {
  await db.transaction((tx) => enqueueEmail(tx, { to, subject: `Hello ${to}`, text: `Plain text for ${to}`, html: `<p>HTML for ${to}</p>` }));
}

const deliveredTo = (address: string) => smtp.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);

describe("the email outbox", () => {
  it("keeps the email in the outbox without SMTP_URL, and sends it once a server is configured", async () => {
    await enqueue("nosmtp@example.com");
    expect(await deliverDueEmails()).toMatchObject({ sent: 0 });
    const [waiting] = await db.select().from(emails).where(eq(emails.to, "nosmtp@example.com"));
    expect(waiting).toMatchObject({ status: "outbox", text: "Plain text for nosmtp@example.com" });
    expect(deliveredTo("nosmtp@example.com")).toHaveLength(0);

    useSmtp();
    await deliverDueEmails();
    expect(deliveredTo("nosmtp@example.com")).toHaveLength(1);
    const [sent] = await db.select().from(emails).where(eq(emails.to, "nosmtp@example.com"));
    expect(sent.status).toBe("sent");
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
        await enqueueEmail(tx, { to: "rollback@example.com", subject: "x", text: "x", html: "x" });
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    expect(await db.select().from(emails).where(eq(emails.to, "rollback@example.com"))).toHaveLength(0);
  });
});
