import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appState } from "@/db/schema";

/**
 * The sandbox's clock, like Stripe's test clocks: real time plus an offset an operator or a test
 * can advance, so renewals that are a month away can happen now. Kept in the database so every
 * process agrees on the time.
 */
const OFFSET_KEY = "sandbox_clock_offset_ms";

export async function clockOffsetMs(): Promise<number> {
  const [row] = await db.select({ value: appState.value }).from(appState).where(eq(appState.key, OFFSET_KEY));
  return row ? Number(row.value) || 0 : 0;
}

/** Sandbox "now" in milliseconds. */
export async function sandboxNow(): Promise<number> {
  return Date.now() + (await clockOffsetMs());
}

export function toUnix(ms: number): number {
  return Math.floor(ms / 1000);
}

export async function setClockOffset(offsetMs: number) {
  await db
    .insert(appState)
    .values({ key: OFFSET_KEY, value: String(offsetMs) })
    .onConflictDoUpdate({ target: appState.key, set: { value: String(offsetMs) } });
}
