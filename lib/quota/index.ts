import "server-only";
import { and, count, eq, gt, inArray, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { fingerprintUsage, freeUseDevices } from "@/db/schema";
import { env } from "@/lib/config/env";
import { count as countMetric } from "@/lib/observability/tracing";
import { deviceSubjects, quotaSubjects, requesterNetwork, type Requester } from "./fingerprint";

export { clientIp, isDeviceHint, networkHash, quotaSubjects, type Requester } from "./fingerprint";

const DEVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The hard bound behind the fingerprint, which a client can always change: a network brings at
 * most FREE_DEVICES_PER_NETWORK new devices a day to the free uses. A device the network already
 * brought keeps its uses; signed-in users are counted by their account instead. Answers whether
 * this requester may use free uses: as a device the network already brought ("known"), as one
 * more of its devices ("new", registered by `registerDevice` when it spends its first use), or not.
 */
async function deviceAdmission(tx: Executor, requester: Requester, now: Date): Promise<"known" | "new" | "refused"> {
  if (requester.userId) return "known";
  const network = requesterNetwork(requester);
  const subjects = deviceSubjects(requester);
  const since = new Date(now.getTime() - DEVICE_WINDOW_MS);
  const [known] = await tx
    .select({ subject: freeUseDevices.subject })
    .from(freeUseDevices)
    .where(
      and(
        eq(freeUseDevices.network, network),
        or(inArray(freeUseDevices.subject, subjects), inArray(freeUseDevices.alias, subjects)),
        gt(freeUseDevices.firstSeenAt, since),
      ),
    )
    .limit(1);
  if (known) return "known";
  const [{ devices }] = await tx
    .select({ devices: count() })
    .from(freeUseDevices)
    .where(and(eq(freeUseDevices.network, network), gt(freeUseDevices.firstSeenAt, since)));
  return devices >= env().FREE_DEVICES_PER_NETWORK ? "refused" : "new";
}

async function registerDevice(tx: Executor, requester: Requester, now: Date): Promise<void> {
  const network = requesterNetwork(requester);
  const subjects = deviceSubjects(requester);
  await tx
    .insert(freeUseDevices)
    .values({ network, subject: subjects[0], alias: subjects[1] ?? null, firstSeenAt: now })
    .onConflictDoUpdate({ target: [freeUseDevices.network, freeUseDevices.subject], set: { firstSeenAt: now, alias: subjects[1] ?? null } });
}

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
  const consumed = await db.transaction(async (tx) => {
    const now = new Date();
    const admission = await deviceAdmission(tx, requester, now);
    if (admission === "refused") return { ok: false, left: 0 } as const;
    const [row] = await tx
      .select({ used: sql<number>`coalesce(max(${fingerprintUsage.uses}), 0)` })
      .from(fingerprintUsage)
      .where(inArray(fingerprintUsage.subject, subjects));
    const used = Number(row?.used ?? 0);
    if (used >= limit) return { ok: false, left: 0 } as const;
    if (admission === "new") await registerDevice(tx, requester, now);
    await tx
      .insert(fingerprintUsage)
      .values(subjects.map((subject) => ({ subject, uses: 1, lastSeenAt: now })))
      .onConflictDoUpdate({
        target: fingerprintUsage.subject,
        set: { uses: sql`${fingerprintUsage.uses} + 1`, lastSeenAt: now },
      });
    return { ok: true, left: Math.max(0, limit - used - 1), subjects } as const;
  });
  if (consumed.ok) countMetric("freeUsesConsumed");
  return consumed;
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
  if ((await deviceAdmission(db, requester, new Date())) === "refused") return 0;
  const [row] = await db
    .select({ used: sql<number>`coalesce(max(${fingerprintUsage.uses}), 0)` })
    .from(fingerprintUsage)
    .where(inArray(fingerprintUsage.subject, quotaSubjects(requester)));
  return Math.max(0, limit - Number(row?.used ?? 0));
}
