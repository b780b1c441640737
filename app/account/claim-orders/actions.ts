"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import type { ActionState } from "@/lib/actions/state";
import { claimGuestOrders } from "@/lib/orders/guest-orders";
import { noticeText } from "@/lib/i18n/server";

export type ClaimState = ActionState;

// A signed-out visitor signs in first; the emailed link (with its key) brings them back here.
export const claimOrdersAction = action({ input: z.object({ key: formText }), auth: "user", signInReturnTo: null }, async ({ key }, { actor }): Promise<ClaimState> => {
  const result = await claimGuestOrders(actor.id, key);
  if (!result.ok) return { ok: false, message: await noticeText(result) };
  redirect("/orders");
});
