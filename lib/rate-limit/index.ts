import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";

export type Window = { limit: number; windowMs: number };
export type Hit = { allowed: boolean; count: number; remaining: number; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window, atomically in the database so every process
 * sees the same count. The upsert resets the window when it has passed.
 */
export async function hit(key: string, { limit, windowMs }: Window, now = Date.now()): Promise<Hit> {
  const windowOpen = now - windowMs;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStart: new Date(now) })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} <= ${windowOpen} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= ${windowOpen} then ${now} else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  return toHit(row.count, row.windowStart.getTime(), { limit, windowMs }, now);
}

/** Reads a window without counting. */
export async function peek(key: string, window: Window, now = Date.now()): Promise<Hit> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row || row.windowStart.getTime() <= now - window.windowMs) return toHit(0, now, window, now);
  return toHit(row.count, row.windowStart.getTime(), window, now);
}

/** Takes one hit back (a counted attempt that turned out to be the owner's), never below zero. */
export async function release(key: string) {
  await db
    .update(rateLimits)
    .set({ count: sql`max(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

export async function reset(key: string) {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

function toHit(count: number, windowStart: number, { limit, windowMs }: Window, now: number): Hit {
  return {
    allowed: count <= limit,
    count,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
  };
}
