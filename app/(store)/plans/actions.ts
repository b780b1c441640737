"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/lib/auth";
import { planIds } from "@/lib/plans/catalog";
import { billingPortalUrl, cancelAtPeriodEnd, resumePlan, switchPlan, type ManageResult } from "@/lib/plans/manage";
import { startSubscription } from "@/lib/plans/subscribe";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

export type PlanActionState = { status: "idle" } | { status: "ok"; message: string } | { status: "error"; message: string };

export type StartState =
  | { status: "pay"; subscriptionId: string; clientSecret: string; amountCents: number }
  | { status: "error"; message: string };

const planInput = z.enum(planIds, { message: "Choose one of the plans." });

/** Every plan action checks the session itself; a rendered page proves nothing about who calls. */
async function requireUser(callbackUrl: string) {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

function toState(result: ManageResult): PlanActionState {
  revalidatePath("/account");
  revalidatePath("/plans");
  return result.ok ? { status: "ok", message: result.message } : { status: "error", message: result.message };
}

/** Creates (or picks up) the subscription to pay for; a user who already has a plan goes to manage it. */
export async function startSubscriptionAction(plan: string): Promise<StartState> {
  const parsed = planInput.safeParse(plan);
  if (!parsed.success) return { status: "error", message: "Choose one of the plans." };
  const user = await requireUser(`/plans?plan=${parsed.data}`);
  const result = await startSubscription(user.id, parsed.data);
  if (result.status === "has_plan") redirect("/account#plan");
  if (result.status === "error") return result;
  return { status: "pay", subscriptionId: result.subscriptionId, clientSecret: result.clientSecret, amountCents: result.amountCents };
}

export async function cancelPlanAction(_: PlanActionState, _form: FormData): Promise<PlanActionState> {
  const user = await requireUser("/account");
  return toState(await cancelAtPeriodEnd(user.id));
}

export async function resumePlanAction(_: PlanActionState, _form: FormData): Promise<PlanActionState> {
  const user = await requireUser("/account");
  return toState(await resumePlan(user.id));
}

export async function switchPlanAction(_: PlanActionState, payload: FormData): Promise<PlanActionState> {
  const user = await requireUser("/account");
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const parsed = planInput.safeParse(form.get("plan"));
  if (!parsed.success) return { status: "error", message: "Choose one of the plans." };
  return toState(await switchPlan(user.id, parsed.data));
}

export async function billingPortalAction(_: PlanActionState, _form: FormData): Promise<PlanActionState> {
  const user = await requireUser("/account");
  const result = await billingPortalUrl(user.id);
  if (result.ok && result.url) redirect(result.url);
  return { status: "error", message: result.message };
}
