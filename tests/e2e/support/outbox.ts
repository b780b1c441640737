import { expect } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

type Mail = { to: string; subject: string; text: string; html: string };

function mailbox(): Mail[] {
  const dir = process.env.E2E_MAILBOX_DIR;
  if (!dir) throw new Error("E2E_MAILBOX_DIR is set by playwright.config.ts");
  return readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Mail);
}

/**
 * The newest email to `to` whose subject starts with `subjectStart`, as the shopper receives it:
 * the e2e server sends its outbox through SMTP (tests/e2e/server.ts), within one sender round
 * (15 s) of the email being written.
 */
export async function latestEmail(to: string, subjectStart: string): Promise<Mail> {
  const matching = () => mailbox().filter((mail) => mail.to === to && mail.subject.startsWith(subjectStart));
  await expect.poll(() => matching().length, { timeout: 30_000 }).toBeGreaterThan(0);
  return matching().at(-1)!;
}
