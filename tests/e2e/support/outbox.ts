import { expect } from "@playwright/test";
import { e2eDb } from "./db";

/** The e2e server runs without SMTP_URL, so every email waits in the outbox, where this reads it. */
export async function latestEmail(to: string, subjectStart: string) {
  await expect
    .poll(async () => (await e2eDb().execute({ sql: "select count(*) as n from emails where \"to\" = ? and subject like ?", args: [to, `${subjectStart}%`] })).rows[0].n)
    .toBeGreaterThan(0);
  const { rows } = await e2eDb().execute({ sql: "select subject, text, html from emails where \"to\" = ? and subject like ? order by id desc limit 1", args: [to, `${subjectStart}%`] });
  return { subject: String(rows[0].subject), text: String(rows[0].text), html: String(rows[0].html) };
}
