"use server";

import { revalidatePath } from "next/cache";
import { REFUSAL } from "@/lib/admin/access";
import { adminForAction } from "@/lib/admin/guard";
import { refundOrder } from "@/lib/admin/refunds";
import type { RefundFormState } from "@/components/admin/refund-form-state";

export async function refundOrderAction(_: RefundFormState, form: FormData): Promise<RefundFormState> {
  const admin = await adminForAction();
  if (!admin) return REFUSAL;
  const amount = String(form.get("amount") ?? "");
  const restock = form.get("restock") === "on";
  const result = await refundOrder(admin, { orderId: form.get("orderId"), amount, restock, requestId: form.get("requestId") });
  const orderId = String(form.get("orderId") ?? "");
  revalidatePath(`/admin/orders/${encodeURIComponent(orderId)}`);
  revalidatePath("/admin/orders");
  if (!result.ok) return { ...result, values: { amount, restock } };
  return { ok: true, message: result.message };
}
