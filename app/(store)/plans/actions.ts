"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import type { ActionState } from "@/lib/actions/state";
import { rememberUserLocale } from "@/lib/auth/account";
import { planIds, type PlanId } from "@/lib/plans/catalog";
import { billingPortalUrl, cancelAtPeriodEnd, resumePlan, switchPlan, type ManageResult } from "@/lib/plans/manage";
import { startSubscription } from "@/lib/plans/subscribe";
import { fieldMessage, notice } from "@/lib/i18n/notice";
import { noticeText, requestLocale, requestTranslator } from "@/lib/i18n/server";

export type PlanActionState = ActionState;

/** The first invoice to pay, for the plan's payment step. */
export type PlanPayment = { subscriptionId: string; clientSecret: string; amountCents: number };
export type StartState = ActionState<PlanPayment>;

const planForm = z.object({ plan: z.enum(planIds, { message: fieldMessage("choosePlan") }) });
const noFields = z.object({});
const hiddenFields = { plan: fieldMessage("choosePlan") };

// Every plan action checks the session itself (auth: "user"); a rendered page proves nothing about who calls.

/** The answer in the shopper's language; a plan it names is named the shopper's way too. */
async function answered(result: ManageResult, plan?: PlanId): Promise<PlanActionState> {
  revalidatePath("/account");
  revalidatePath("/plans");
  const values = plan ? { plan: (await requestTranslator("PlanNames"))(plan) } : undefined;
  return { ok: result.ok, message: await noticeText(result, values) };
}

/** A signed-out visitor comes back to the plan they chose. */
function paymentStepOf(form: FormData): string {
  const plan = planForm.shape.plan.safeParse(form.get("plan"));
  return plan.success ? `/plans?plan=${plan.data}` : "/plans";
}

/**
 * Creates (or picks up) the subscription to pay for; a user who already has a plan goes to manage
 * it. Called by the payment step with a form holding `plan`. The plan's emails are written in the
 * language the shopper pays in.
 */
export const startSubscriptionAction = action(
  { input: planForm, auth: "user", hiddenFields, signInReturnTo: paymentStepOf },
  async ({ plan }, { actor }): Promise<StartState> => {
    await rememberUserLocale(actor.id, await requestLocale());
    const result = await startSubscription(actor.id, plan);
    if (result.status === "has_plan") redirect("/account#plan");
    if (result.status === "error") return { ok: false, message: await noticeText(result) };
    const { subscriptionId, clientSecret, amountCents } = result;
    return { ok: true, message: await noticeText(notice("payForPlan")), values: { subscriptionId, clientSecret, amountCents } };
  },
);

export const cancelPlanAction = action({ input: noFields, auth: "user" }, async (_, { actor }) => answered(await cancelAtPeriodEnd(actor.id)));

export const resumePlanAction = action({ input: noFields, auth: "user" }, async (_, { actor }) => answered(await resumePlan(actor.id)));

export const switchPlanAction = action({ input: planForm, auth: "user", hiddenFields }, async ({ plan }, { actor }) => answered(await switchPlan(actor.id, plan), plan));

export const billingPortalAction = action({ input: noFields, auth: "user" }, async (_, { actor }): Promise<PlanActionState> => {
  const result = await billingPortalUrl(actor.id);
  if (result.ok && result.url) redirect(result.url);
  return { ok: false, message: await noticeText(result) };
});
