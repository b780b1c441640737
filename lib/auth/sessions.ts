import "server-only";
import { and, eq, gt, ne } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { authConfig } from "./config";

const SESSION_MAX_AGE_MS = authConfig.session.maxAge * 1000;
/** How stale a session's expiry may get before a read slides it forward (at most one write a day). */
const SLIDE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Sessions are JWTs in a cookie, but each one names a row here (`sid`). Signing out deletes the row,
 * so a copy of the cookie — or one a request still in flight re-sets after sign-out — stops working,
 * and deleting the account (cascade) or changing the password ends every session at once.
 */
export async function openSession(userId: string, now = Date.now()): Promise<string> {
  const sid = crypto.randomUUID();
  await db.insert(sessions).values({ sessionToken: sid, userId, expires: new Date(now + SESSION_MAX_AGE_MS) });
  return sid;
}

export type SessionOwner = { id: string; email: string; role: "customer" | "admin" };

/** The user behind a live session, or null when it was closed, has expired or belongs to someone else. */
export async function sessionOwner(sid: string, userId: string, now = Date.now()): Promise<SessionOwner | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, role: users.role, expires: sessions.expires })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sid), eq(sessions.userId, userId), gt(sessions.expires, new Date(now))));
  if (!row) return null;
  if (row.expires.getTime() < now + SESSION_MAX_AGE_MS - SLIDE_AFTER_MS) {
    await db.update(sessions).set({ expires: new Date(now + SESSION_MAX_AGE_MS) }).where(eq(sessions.sessionToken, sid));
  }
  return { id: row.id, email: row.email, role: row.role };
}

export async function closeSession(sid: string) {
  await db.delete(sessions).where(eq(sessions.sessionToken, sid));
}

/** Ends the user's sessions on every device, except `keep` when given. */
export async function closeUserSessions(userId: string, executor: Executor = db, keep?: string) {
  await executor
    .delete(sessions)
    .where(keep ? and(eq(sessions.userId, userId), ne(sessions.sessionToken, keep)) : eq(sessions.userId, userId));
}
