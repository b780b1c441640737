import { db, type Executor } from "../context";
import { toUnix } from "../clock";
import { invalidRequest, missingParam } from "../errors";
import { emitEvent } from "../events";
import { mergeMetadata, objectParam, stringParam, type SandboxRoute } from "../router";
import { listObjects, listRoute, newId, putObject, requireObjectOfType, retrieveRoute, type StoredObject } from "../store";
import { requireCharge, type SandboxCharge } from "./charges";
import { requirePaymentIntent } from "./payment-intents";
import { requirePaymentMethod, testCardOf } from "./payment-methods";

/**
 * Refunds of a PaymentIntent's successful charge, in full or in part. Card refunds succeed at
 * once in the sandbox; each one updates the charge's `amount_refunded` and emits `refund.created`
 * and `charge.refunded` (with the charge as it now is). Refunds of the refund-fail test card
 * (4000 0000 0000 5126) turn `failed` once the clock is `REFUND_FAILS_AFTER_MS` past them, as on
 * Stripe: the charge's `amount_refunded` goes back down, with `refund.updated` and `refund.failed`.
 */
export type SandboxRefund = StoredObject & {
  object: "refund";
  amount: number;
  balance_transaction: string;
  charge: string;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
  receipt_number: null;
  status: "succeeded" | "failed";
  failure_reason?: "expired_or_canceled_card";
  failure_balance_transaction?: string;
};

/** How long a refund of the refund-fail card looks successful before it fails. */
export const REFUND_FAILS_AFTER_MS = 60_000;

const REASONS = ["duplicate", "fraudulent", "requested_by_customer"] as const;

export type CreateRefundParams = {
  paymentIntent?: string;
  charge?: string;
  amount?: number;
  reason?: SandboxRefund["reason"];
  metadata?: Record<string, string>;
};

function formatAmount(cents: number, currency: string) {
  return `${currency === "usd" ? "$" : ""}${(cents / 100).toFixed(2)}${currency === "usd" ? "" : ` ${currency}`}`;
}

async function refundableCharge(params: CreateRefundParams, executor: Executor): Promise<SandboxCharge> {
  if (params.charge) {
    const charge = await requireCharge(params.charge, executor, "charge");
    if (params.paymentIntent && charge.payment_intent !== params.paymentIntent) {
      throw invalidRequest(`Charge ${charge.id} does not belong to PaymentIntent ${params.paymentIntent}.`, "charge");
    }
    return charge;
  }
  if (!params.paymentIntent) throw missingParam("charge");
  const paymentIntent = await requirePaymentIntent(params.paymentIntent, executor, "payment_intent");
  if (paymentIntent.status !== "succeeded" || !paymentIntent.latest_charge) {
    throw invalidRequest(`This PaymentIntent (${paymentIntent.id}) does not have a successful charge to refund.`, "payment_intent");
  }
  return requireCharge(paymentIntent.latest_charge, executor, "payment_intent");
}

export async function createRefundRecord(params: CreateRefundParams, executor: Executor, now: number): Promise<SandboxRefund> {
  const charge = await refundableCharge(params, executor);
  if (charge.status !== "succeeded") throw invalidRequest(`Charge ${charge.id} did not succeed, so there is nothing to refund.`, "charge");
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, "charge", "charge_already_refunded");
  const amount = params.amount ?? remaining;
  if (!Number.isInteger(amount) || amount <= 0) throw invalidRequest("Invalid integer: amount must be a positive whole number of cents.", "amount", "parameter_invalid_integer");
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      "amount",
      "amount_too_large",
    );
  }
  const refund = await putObject<SandboxRefund>(
    {
      id: newId("re"),
      object: "refund",
      amount,
      balance_transaction: newId("txn"),
      charge: charge.id,
      created: toUnix(now),
      currency: charge.currency,
      metadata: params.metadata ?? {},
      payment_intent: charge.payment_intent,
      reason: params.reason ?? null,
      receipt_number: null,
      status: "succeeded",
    },
    executor,
  );
  const amountRefunded = charge.amount_refunded + amount;
  const updated = await putObject<SandboxCharge>({ ...charge, amount_refunded: amountRefunded, refunded: amountRefunded >= charge.amount }, executor);
  await emitEvent("refund.created", refund, undefined, executor);
  await emitEvent("charge.refunded", updated, { amount_refunded: charge.amount_refunded, refunded: charge.refunded }, executor);
  return refund;
}

/**
 * Fails every refund of the refund-fail card that the clock has passed: the money goes back on the
 * charge's unrefunded balance. Run whenever the sandbox clock moves; answers how many failed.
 */
export async function failDueRefunds(now: number): Promise<number> {
  const due = await listObjects<SandboxRefund>(
    "refund",
    (refund) => refund.status === "succeeded" && refund.created + REFUND_FAILS_AFTER_MS / 1000 <= toUnix(now),
    Number.MAX_SAFE_INTEGER,
  );
  let failed = 0;
  for (const refund of due) {
    const didFail = await db.transaction(async (tx) => {
      const charge = await requireCharge(refund.charge, tx, "charge");
      if (!testCardOf(await requirePaymentMethod(charge.payment_method, tx)).refundsFail) return false;
      const updatedRefund = await putObject<SandboxRefund>(
        { ...refund, status: "failed", failure_reason: "expired_or_canceled_card", failure_balance_transaction: newId("txn") },
        tx,
      );
      await putObject<SandboxCharge>({ ...charge, amount_refunded: Math.max(0, charge.amount_refunded - refund.amount), refunded: false }, tx);
      await emitEvent("refund.updated", updatedRefund, { status: refund.status }, tx);
      await emitEvent("refund.failed", updatedRefund, undefined, tx);
      return true;
    });
    if (didFail) failed += 1;
  }
  return failed;
}

async function requireRefund(id: string): Promise<SandboxRefund> {
  return requireObjectOfType<SandboxRefund>(id, "refund");
}

export const refundRoutes: SandboxRoute[] = [
  {
    method: "POST",
    path: "/v1/refunds",
    handler: async ({ params, now }) => {
      const rawAmount = stringParam(params, "amount");
      if (rawAmount !== undefined && !/^\d+$/.test(rawAmount)) throw invalidRequest(`Invalid integer: ${rawAmount}`, "amount", "parameter_invalid_integer");
      const reason = stringParam(params, "reason");
      if (reason !== undefined && !REASONS.some((known) => known === reason)) {
        throw invalidRequest(`Invalid reason: must be one of ${REASONS.join(", ")}`, "reason");
      }
      return db.transaction((tx) =>
        createRefundRecord(
          {
            paymentIntent: stringParam(params, "payment_intent"),
            charge: stringParam(params, "charge"),
            amount: rawAmount === undefined ? undefined : Number(rawAmount),
            reason: REASONS.find((known) => known === reason) ?? null,
            metadata: mergeMetadata({}, objectParam(params, "metadata")),
          },
          tx,
          now,
        ),
      );
    },
  },
  retrieveRoute("/v1/refunds/:id", requireRefund),
  listRoute<SandboxRefund>("/v1/refunds", "refund", ["payment_intent", "charge"]),
];
