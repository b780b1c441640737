import { z } from "zod";
import { currentUser } from "@/lib/auth";
import { AppError, routeHandler } from "@/lib/http/errors";
import { isSandbox } from "@/lib/payments/stripe";
import { stripeSandbox } from "@/lib/payments/sandbox";

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
async function guard(): Promise<void> {
  if (!isSandbox()) throw new AppError("not_found", 404, "Not found");
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized", 401, "Sign in as an operator to use the sandbox clock.");
  if (user.role !== "admin") throw new AppError("forbidden", 403, "Only operators can move the sandbox clock.");
}

function describe(state: { now: Date; offsetMs: number }) {
  return { now: state.now.toISOString(), offsetMs: state.offsetMs };
}

/** The sandbox clock: where billing time stands now. */
export const GET = routeHandler("sandbox clock", async () => {
  await guard();
  return Response.json(describe(await stripeSandbox().clock.state()));
});

/**
 * Moves the sandbox clock forward, like advancing a Stripe test clock: renewals, retries,
 * cancellations at period end and expiries that fall due run now, and their webhooks follow.
 * Body: `{ "days"?: number, "hours"?: number, "minutes"?: number }`.
 */
export const POST = routeHandler("sandbox clock", async (request: Request) => {
  await guard();
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = advanceInput.safeParse(body);
  if (!parsed.success) throw new AppError("invalid_request", 400, parsed.error.issues[0]?.message ?? "Invalid body.");
  const { days = 0, hours = 0, minutes = 0 } = parsed.data;
  const result = await stripeSandbox().clock.advance(((days * 24 + hours) * 60 + minutes) * 60_000);
  return Response.json({ ...describe(result), processed: result.processed });
});
