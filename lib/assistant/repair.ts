import "server-only";
import { env } from "@/lib/config/env";
import { repairInterruptedTurns } from "./threads";
import { logger } from "@/lib/observability/logger";

/** A little over the longest an answer may take, so no answer still streaming is mistaken for a crash. */
function graceMs(): number {
  return env().ASSISTANT_TIMEOUT_MS + 5_000;
}

async function repair(): Promise<void> {
  try {
    const repaired = await repairInterruptedTurns(new Date(Date.now() - graceMs()));
    if (repaired > 0) logger().warn(`[assistant] repaired ${repaired} question(s) left unanswered by a crash; their free uses were given back`);
  } catch (error) {
    logger().error({ err: error }, "[assistant] repairing interrupted answers failed");
  }
}

/**
 * On start-up: questions a crashed server (kill -9) left pending are marked interrupted and their
 * free uses given back. Run once now, for older crashes, and once more after the longest answer
 * time, for a crash just before this restart.
 */
export function startInterruptedAnswerRepair(): void {
  void repair();
  setTimeout(() => void repair(), graceMs()).unref();
}
