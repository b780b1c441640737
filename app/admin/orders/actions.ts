"use server";

import { revalidatePath } from "next/cache";
import { REFUSAL } from "@/lib/admin/access";
import { adminForAction } from "@/lib/admin/guard";
import { refundOrder } from "@/lib/admin/refunds";
import type { FulfilmentFormState } from "@/components/admin/fulfilment-form-state";
import type { RefundFormState } from "@/components/admin/refund-form-state";
import { cancelAndRefund, fulfilOrder } from "@/lib/orders/fulfilment";

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

export async function fulfilOrderAction(_: FulfilmentFormState, form: FormData): Promise<FulfilmentFormState> {
  const admin = await adminForAction();
  if (!admin) return REFUSAL;
  const input = {
    orderId: String(form.get("orderId") ?? ""),
    step: String(form.get("step") ?? ""),
    carrier: String(form.get("carrier") ?? ""),
    trackingNumber: String(form.get("trackingNumber") ?? ""),
  };
  const result = await fulfilOrder(admin, input);
  revalidatePath(`/admin/orders/${encodeURIComponent(input.orderId)}`);
  revalidatePath("/admin/orders");
  revalidatePath("/admin");
  if (!result.ok) return { ...result, values: { carrier: input.carrier, trackingNumber: input.trackingNumber } };
  return { ok: true, message: result.message };
}

export async function cancelOrderAction(_: FulfilmentFormState, form: FormData): Promise<FulfilmentFormState> {
  const admin = await adminForAction();
  if (!admin) return REFUSAL;
  const orderId = String(form.get("orderId") ?? "");
  if (form.get("confirm") !== "on") return { ok: false, message: "Tick the box to confirm the cancellation and refund." };
  const result = await cancelAndRefund(admin, { orderId });
  revalidatePath(`/admin/orders/${encodeURIComponent(orderId)}`);
  revalidatePath("/admin/orders");
  revalidatePath("/admin");
  return result.ok ? { ok: true, message: result.message } : { ok: false, message: result.message };
}
