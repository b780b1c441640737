import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { aiMode, paymentsMode } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export async function GET() {
  let dbOk = false;
  try {
    await db.run(sql`select 1`);
    dbOk = true;
  } catch {
    dbOk = false;
  }
  return Response.json(
    { ok: dbOk, db: dbOk, payments: paymentsMode(), ai: aiMode() },
    { status: dbOk ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
