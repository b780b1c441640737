import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { listEmails } from "@/lib/admin/email-log";
import { enqueueEmail } from "@/lib/email/outbox";
import { adminActor, customerActor } from "./admin-helpers";

describe("/admin/emails", () => {
  it("lists the outbox (to, subject, body, status) for operators only, filtered by address and status", async () => {
    await db.transaction((tx) => enqueueEmail(tx, { to: "listed@example.com", subject: "Your receipt", text: "Total charged: $9.00", html: "<p>x</p>" }));
    await db.transaction((tx) => enqueueEmail(tx, { to: "other@example.com", subject: "Other", text: "x", html: "x" }));

    for (const actor of [await customerActor(), null]) expect(await listEmails(actor, {})).toEqual({ ok: false, message: "Not found" });

    const admin = await adminActor();
    const all = await listEmails(admin, {});
    expect(all.ok && all.total).toBe(2);
    const listed = await listEmails(admin, { to: "listed@", status: "outbox" });
    if (!listed.ok) throw new Error("refused");
    expect(listed.rows).toHaveLength(1);
    expect(listed.rows[0]).toMatchObject({ to: "listed@example.com", subject: "Your receipt", text: "Total charged: $9.00", status: "outbox" });
    const sent = await listEmails(admin, { status: "sent" });
    expect(sent.ok && sent.total).toBe(0);
  });
});
