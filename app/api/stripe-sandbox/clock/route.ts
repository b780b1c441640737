import { z } from "zod";
import { currentUser } from "@/lib/auth";
import { isSandbox } from "@/lib/payments/stripe";
import { advanceSandboxClock, sandboxClockState } from "@/lib/payments/sandbox";

export const dynamic = "force-dynamic";

const MAX_ADVANCE_DAYS = 800;

const advanceInput = z
  .object({
    days: z.number().nonnegative().max(MAX_ADVANCE_DAYS).optional(),
    hours: z.number().nonnegative().max(MAX_ADVANCE_DAYS * 24).optional(),
    minutes: z.number().nonnegative().max(MAX_ADVANCE_DAYS * 24 * 60).optional(),
  })
  .strict()
  .refine((input) => (input.days ?? 0) + (input.hours ?? 0) + (input.minutes ?? 0) > 0, "Say how far to move the clock: days, hours or minutes.")
  .refine((input) => (input.days ?? 0) * 1440 + (input.hours ?? 0) * 60 + (input.minutes ?? 0) <= MAX_ADVANCE_DAYS * 1440, `Move at most ${MAX_ADVANCE_DAYS} days at a time.`);

/** Sandbox only (a real Stripe account has no such clock here) and operators only: 404 otherwise. */
async function guard(): Promise<Response | null> {
  if (!isSandbox()) return Response.json({ error: "Not found" }, { status: 404 });
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in as an operator to use the sandbox clock." }, { status: 401 });
  if (user.role !== "admin") return Response.json({ error: "Only operators can move the sandbox clock." }, { status: 403 });
  return null;
}

function describe(state: { now: Date; offsetMs: number }) {
  return { now: state.now.toISOString(), offsetMs: state.offsetMs };
}

/** The sandbox clock: where billing time stands now. */
export async function GET() {
  const denied = await guard();
  if (denied) return denied;
  return Response.json(describe(await sandboxClockState()));
}

/**
 * Moves the sandbox clock forward, like advancing a Stripe test clock: renewals, retries,
 * cancellations at period end and expiries that fall due run now, and their webhooks follow.
 * Body: `{ "days"?: number, "hours"?: number, "minutes"?: number }`.
 */
export async function POST(request: Request) {
  const denied = await guard();
  if (denied) return denied;
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = advanceInput.safeParse(body);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid body." }, { status: 400 });
  const { days = 0, hours = 0, minutes = 0 } = parsed.data;
  const result = await advanceSandboxClock(((days * 24 + hours) * 60 + minutes) * 60_000);
  return Response.json({ ...describe(result), processed: result.processed });
}
