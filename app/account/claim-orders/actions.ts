"use server";

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { formText, type FormState } from "@/lib/auth/form-state";
import { claimGuestOrders } from "@/lib/orders/guest-orders";

export type ClaimState = FormState<never>;

export async function claimOrdersAction(_: ClaimState, form: FormData): Promise<ClaimState> {
  const user = await currentUser();
  if (!user) redirect("/login");
  const result = await claimGuestOrders(user.id, formText(form, "key"));
  if (!result.ok) return { status: "error", message: result.message };
  redirect("/orders");
}
