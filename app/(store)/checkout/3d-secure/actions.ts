"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { isSandbox } from "@/lib/payments/stripe";
import { stripeSandbox } from "@/lib/payments/sandbox";

const input = z.object({ clientSecret: z.string().min(1).max(200), outcome: z.enum(["complete", "fail"]) });

export type AuthenticationState = { message: string } | null;

/** The sandbox bank's answer; then back to the shop's return URL, as after a real challenge. */
export async function authenticateAction(_: AuthenticationState, form: FormData): Promise<AuthenticationState> {
  if (!isSandbox()) return { message: "3-D Secure is handled by Stripe." };
  const parsed = input.safeParse({ clientSecret: form.get("clientSecret"), outcome: form.get("outcome") });
  if (!parsed.success) return { message: "Choose Complete or Fail." };
  const result = await stripeSandbox().browser.completeAuthentication(parsed.data.clientSecret, parsed.data.outcome === "complete");
  if (!result.ok) return { message: result.message };
  if (result.redirectTo) redirect(result.redirectTo);
  return { message: result.paymentIntent.status === "succeeded" ? "Payment authenticated. You can close this page." : "Authentication failed." };
}
