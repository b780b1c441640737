import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { migrationProblem, migrationStatus } from "@/db/migrate";
import { aiMode, paymentsMode } from "@/lib/config/env";
import { emailSenderRunning } from "@/lib/email/sender";
import { reservationSweeperRunning } from "@/lib/orders/sweeper";

export const dynamic = "force-dynamic";

const headers = { "cache-control": "no-store" };

/**
 * Liveness: 200 while the process can reach its database. With `?ready=1`, readiness for load
 * balancers that tell them apart: also the database's migrations match this release and the email
 * sender and reservation sweeper run; 503 with a `reason` when not.
 */
export async function GET(request: Request) {
  let dbOk = false;
  try {
    await db.run(sql`select 1`);
    dbOk = true;
  } catch {
    dbOk = false;
  }
  const live = { db: dbOk, payments: paymentsMode(), ai: aiMode() };
  if (!new URL(request.url).searchParams.has("ready")) {
    return Response.json({ ok: dbOk, ...live }, { status: dbOk ? 200 : 503, headers });
  }

  const reasons: string[] = [];
  if (!dbOk) reasons.push("The database cannot be reached.");
  let migrations = "unknown";
  if (dbOk) {
    try {
      const status = await migrationStatus();
      migrations = status.state;
      const problem = migrationProblem(status);
      if (problem) reasons.push(problem);
    } catch (error) {
      reasons.push(`Could not read the database's migrations: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const emailSender = emailSenderRunning();
  if (!emailSender) reasons.push("The email sender is not running.");
  const sweeper = reservationSweeperRunning();
  if (!sweeper) reasons.push("The reservation sweeper is not running.");
  const ready = reasons.length === 0;
  return Response.json(
    { ok: ready, ...live, migrations, emailSender, sweeper, ...(ready ? {} : { reason: reasons.join(" ") }) },
    { status: ready ? 200 : 503, headers },
  );
}
