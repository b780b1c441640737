import "server-only";
import { inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { fingerprintUsage } from "@/db/schema";
import { env } from "@/lib/config/env";
import { quotaSubjects, type Requester } from "./fingerprint";

export { clientIp, networkHash, quotaSubjects, type Requester } from "./fingerprint";

export type Consumed = { ok: true; left: number; subjects: string[] } | { ok: false; left: 0 };

export function freeUseLimit(): number {
  return env().FREE_ASSISTANT_USES;
}

/**
 * Takes one free use from every subject of the requester, or none when any is spent.
 * BEGIN IMMEDIATE serialises the read-check-write across requests and processes, so twenty
 * simultaneous requests from a new fingerprint get exactly `limit` successes.
 */
export async function consumeFreeUse(requester: Requester, limit = freeUseLimit()): Promise<Consumed> {
  const subjects = quotaSubjects(requester);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ used: sql<number>`coalesce(max(${fingerprintUsage.uses}), 0)` })
      .from(fingerprintUsage)
      .where(inArray(fingerprintUsage.subject, subjects));
    const used = Number(row?.used ?? 0);
    if (used >= limit) return { ok: false, left: 0 } as const;
    const now = new Date();
    await tx
      .insert(fingerprintUsage)
      .values(subjects.map((subject) => ({ subject, uses: 1, lastSeenAt: now })))
      .onConflictDoUpdate({
        target: fingerprintUsage.subject,
        set: { uses: sql`${fingerprintUsage.uses} + 1`, lastSeenAt: now },
      });
    return { ok: true, left: Math.max(0, limit - used - 1), subjects } as const;
  });
}

/** Gives back a use taken by `consumeFreeUse` when the request then failed on our side. */
export async function refundFreeUse(subjects: string[]): Promise<void> {
  if (subjects.length === 0) return;
  await db
    .update(fingerprintUsage)
    .set({ uses: sql`max(${fingerprintUsage.uses} - 1, 0)` })
    .where(inArray(fingerprintUsage.subject, subjects));
}

/** Free uses still available to the requester, without taking one. */
export async function freeUsesLeft(requester: Requester, limit = freeUseLimit()): Promise<number> {
  const [row] = await db
    .select({ used: sql<number>`coalesce(max(${fingerprintUsage.uses}), 0)` })
    .from(fingerprintUsage)
    .where(inArray(fingerprintUsage.subject, quotaSubjects(requester)));
  return Math.max(0, limit - Number(row?.used ?? 0));
}
