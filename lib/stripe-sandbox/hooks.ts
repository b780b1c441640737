import type { Executor } from "./context";
import type { StoredObject } from "./store";

/** Why a PaymentIntent changed, as far as the listener needs to know. */
export type PaymentIntentChangeCause = { collectedByBilling: boolean };

/**
 * How one sandbox resource reacts to another without importing it: billing (invoices) learns
 * when the PaymentIntent paying an invoice succeeds or fails. createStripeSandbox wires the one
 * listener into the instance (no module-level registry); it runs inside the same transaction as
 * the change and may emit events of its own.
 */
export type PaymentIntentListener = (paymentIntent: StoredObject, executor: Executor, now: number, cause: PaymentIntentChangeCause) => Promise<void>;
