import { context } from "./context";
import { getObject, putObject, type StoredObject } from "./store";

/**
 * The sandbox's clock, like Stripe's test clocks: real time plus an offset an operator or a test
 * can advance, so renewals that are a month away can happen now. Kept in the sandbox's database
 * so every process agrees on the time. Billing and webhook delivery (retries and their backoff)
 * both run on it; the real time under it is the instance's wall clock (Date.now by default).
 */
const CLOCK_ID = "sandbox_clock";
type ClockRecord = StoredObject & { object: "sandbox.clock"; offset_ms: number };

export async function clockOffsetMs(): Promise<number> {
  const record = await getObject<ClockRecord>(CLOCK_ID);
  return record ? Number(record.offset_ms) || 0 : 0;
}

/** Sandbox "now" in milliseconds. */
export async function sandboxNow(): Promise<number> {
  return context().wallClock() + (await clockOffsetMs());
}

export function toUnix(ms: number): number {
  return Math.floor(ms / 1000);
}

export async function setClockOffset(offsetMs: number) {
  await putObject<ClockRecord>({ id: CLOCK_ID, object: "sandbox.clock", offset_ms: offsetMs });
}
