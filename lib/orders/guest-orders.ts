import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, count, eq, isNull } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { orders, users } from "@/db/schema";
import { guestOrderKey } from "./order-link";
import { notice, type Noticed } from "@/lib/i18n/notice";

/**
 * A guest's past orders join the account with the same email once the account has shown it owns
 * that address: by opening the link emailed at registration, or by resetting its password through
 * an emailed link. Registering alone proves nothing (anyone can type an address), so it only sends
 * the link; otherwise a stranger registering someone's email would read their orders and address.
 */
export async function guestOrderCount(executor: Executor, email: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.email, email.toLowerCase()), isNull(orders.userId)));
  return row?.n ?? 0;
}

export async function attachGuestOrders(executor: Executor, userId: string, email: string): Promise<number> {
  const attached = await executor
    .update(orders)
    .set({ userId })
    .where(and(eq(orders.email, email.toLowerCase()), isNull(orders.userId)))
    .returning({ id: orders.id });
  return attached.length;
}

/** The key in the "add your past orders" link: bound to the account and its email. */
export function claimKey(userId: string, email: string): string {
  // Reuses the guest-link secret with its own prefix, so a key of one kind is never one of the other.
  return createHmac("sha256", guestOrderKey(`claim:${userId}`)).update(email.toLowerCase()).digest("base64url");
}

export type ClaimResult = { ok: true; attached: number } | ({ ok: false } & Noticed);

export async function claimGuestOrders(userId: string, key: unknown): Promise<ClaimResult> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user || typeof key !== "string") return { ok: false, ...notice("claimWrongAccount") };
  const expected = Buffer.from(claimKey(userId, user.email));
  const given = Buffer.from(key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, ...notice("claimWrongAccount") };
  return { ok: true, attached: await db.transaction((tx) => attachGuestOrders(tx, userId, user.email)) };
}
