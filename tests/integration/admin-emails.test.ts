import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails } from "@/db/schema";
import { listEmails } from "@/lib/admin/email-log";
import { draftEmail } from "@/lib/email/messages";
import { enqueueEmail } from "@/lib/email/outbox";
import { adminActor, customerActor } from "./admin-helpers";

describe("/admin/emails", () => {
  it("lists the outbox (to, subject, body, status) for operators only, filtered by address and status", async () => {
    const reset = (to: string) => draftEmail("passwordReset", { to, locale: "en", resetUrl: `http://localhost:3000/reset-password?token=for-${to}`, minutes: 30 });
    const listedEmail = await reset("listed@example.com");
    await db.transaction(async (tx) => enqueueEmail(tx, listedEmail));
    const otherEmail = await reset("other@example.com");
    await db.transaction(async (tx) => enqueueEmail(tx, otherEmail));

    for (const actor of [await customerActor(), null]) expect(await listEmails(actor, {})).toEqual({ ok: false, message: "Not found" });

    const admin = await adminActor();
    const all = await listEmails(admin, {});
    expect(all.ok && all.total).toBe(2);
    const listed = await listEmails(admin, { to: "listed@", status: "outbox" });
    if (!listed.ok) throw new Error("refused");
    expect(listed.rows).toHaveLength(1);
    // Not sent yet, so its body is rendered for the operator from its template.
    expect(listed.rows[0]).toMatchObject({ to: "listed@example.com", subject: "Reset your Beyond Earth password", status: "outbox" });
    expect(listed.rows[0].text).toContain("http://localhost:3000/reset-password?token=for-listed@example.com");
    const sent = await listEmails(admin, { status: "sent" });
    expect(sent.ok && sent.total).toBe(0);
  });

  it("still lists an email whose template no longer exists, saying its body cannot be rendered", async () => {
    await db.insert(emails).values({ to: "retired@example.com", subject: "An old email", template: "retiredTemplate", data: "{}" });
    const listed = await listEmails(await adminActor(), { to: "retired@" });
    if (!listed.ok) throw new Error("refused");
    expect(listed.rows[0]).toMatchObject({ subject: "An old email", status: "outbox" });
    expect(listed.rows[0].text).toBe(`This email's body cannot be rendered: No email template named "retiredTemplate"`);
  });
});
