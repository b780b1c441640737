"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import { refundOrder } from "@/lib/admin/refunds";
import { cancelAndRefund, fulfilOrder } from "@/lib/orders/fulfilment";

function revalidateOrder(orderId: string) {
  revalidatePath(`/admin/orders/${encodeURIComponent(orderId)}`);
  revalidatePath("/admin/orders");
}

const refundForm = z.object({ orderId: formText, amount: formText, restock: formText, requestId: formText });

export const refundOrderAction = action({ input: refundForm, auth: "admin" }, async (data, { actor }) => {
  const values = { amount: data.amount, restock: data.restock === "on" };
  const result = await refundOrder(actor, { orderId: data.orderId, amount: values.amount, restock: values.restock, requestId: data.requestId });
  revalidateOrder(data.orderId);
  if (!result.ok) return { ...result, values };
  return { ok: true, message: result.message };
});

const fulfilmentForm = z.object({ orderId: formText, step: formText, carrier: formText, trackingNumber: formText });

export const fulfilOrderAction = action({ input: fulfilmentForm, auth: "admin" }, async (input, { actor }) => {
  const result = await fulfilOrder(actor, input);
  revalidateOrder(input.orderId);
  revalidatePath("/admin");
  if (!result.ok) return { ...result, values: { carrier: input.carrier, trackingNumber: input.trackingNumber } };
  return { ok: true, message: result.message };
});

const cancelForm = z.object({ orderId: formText, confirm: formText });

export const cancelOrderAction = action({ input: cancelForm, auth: "admin" }, async (data, { actor }) => {
  if (data.confirm !== "on") return { ok: false, message: "Tick the box to confirm the cancellation and refund." };
  const result = await cancelAndRefund(actor, { orderId: data.orderId });
  revalidateOrder(data.orderId);
  revalidatePath("/admin");
  return result.ok ? { ok: true, message: result.message } : { ok: false, message: result.message };
});
