import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emails } from "@/db/schema";
import { withBodies } from "@/lib/email/outbox";

/** The outbox's emails to an address, oldest first, each with its body as it is (or will be) sent. */
export async function outboxFor(to: string) {
  return withBodies(await getDb().select().from(emails).where(eq(emails.to, to)).orderBy(emails.id));
}
