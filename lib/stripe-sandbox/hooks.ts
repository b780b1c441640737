import type { Executor } from "./context";
import type { StoredObject } from "./store";

/**
 * Lets one sandbox resource react to another without importing it: billing (invoices) learns
 * when the PaymentIntent paying an invoice succeeds or fails. Listeners run inside the same
 * transaction as the change and may emit events of their own.
 */
export type PaymentIntentListener = (paymentIntent: StoredObject, executor: Executor, now: number) => Promise<void>;

const listeners: PaymentIntentListener[] = [];

export function onPaymentIntentChange(listener: PaymentIntentListener) {
  if (!listeners.includes(listener)) listeners.push(listener);
}

export async function notifyPaymentIntentChange(paymentIntent: StoredObject, executor: Executor, now: number) {
  for (const listener of listeners) await listener(paymentIntent, executor, now);
}
