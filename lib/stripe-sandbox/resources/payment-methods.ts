import { db, type Executor } from "../context";
import { testCardForToken, TEST_CARDS, type TestCard } from "../cards";
import { toUnix } from "../clock";
import { invalidRequest, missingParam, resourceMissing, SandboxError } from "../errors";
import { emitEvent } from "../events";
import { stringParam, type SandboxRoute } from "../router";
import { getObjectOfType, listRoute, newId, putObject, requireObjectOfType, retrieveRoute, type StoredObject } from "../store";
import type { SandboxCustomer } from "./customers";

/**
 * PaymentMethods made from Stripe's test tokens (`pm_card_visa`, …). Using a token creates a new
 * `pm_…` object, as on Stripe; the card it stands for decides every later outcome.
 */
export type SandboxPaymentMethod = StoredObject & {
  object: "payment_method";
  type: "card";
  card: {
    brand: string;
    display_brand: string;
    last4: string;
    exp_month: number;
    exp_year: number;
    funding: "credit";
    country: "US";
    checks: { address_line1_check: null; address_postal_code_check: null; cvc_check: "pass" };
    three_d_secure_usage: { supported: boolean };
    wallet: null;
  };
  billing_details: { address: Record<string, null>; email: null; name: null; phone: null };
  customer: string | null;
  created: number;
  livemode: false;
  metadata: Record<string, string>;
  allow_redisplay: "unspecified";
};

/** The test card behind a PaymentMethod (every sandbox PaymentMethod comes from one). */
export function testCardOf(paymentMethod: SandboxPaymentMethod): TestCard {
  const card = TEST_CARDS.find((candidate) => candidate.last4 === paymentMethod.card.last4);
  if (!card) throw invalidRequest(`The PaymentMethod ${paymentMethod.id} is not a sandbox test card.`, "payment_method");
  return card;
}

function fromTestCard(card: TestCard, now: number): SandboxPaymentMethod {
  const expiry = new Date(now);
  return {
    id: newId("pm"),
    object: "payment_method",
    type: "card",
    card: {
      brand: card.brand,
      display_brand: card.brand,
      last4: card.last4,
      exp_month: expiry.getUTCMonth() + 1,
      exp_year: expiry.getUTCFullYear() + 3,
      funding: "credit",
      country: "US",
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: null,
      name: null,
      phone: null,
    },
    customer: null,
    created: toUnix(now),
    livemode: false,
    metadata: {},
    allow_redisplay: "unspecified",
  };
}

/** A `pm_…` id, or a test token (which makes a new PaymentMethod, as Stripe does). */
export async function resolvePaymentMethod(reference: string, executor: Executor, now: number, param = "payment_method"): Promise<SandboxPaymentMethod> {
  const card = testCardForToken(reference);
  if (card) return putObject(fromTestCard(card, now), executor);
  const found = await getObjectOfType<SandboxPaymentMethod>(reference, "payment_method", executor);
  if (!found) throw resourceMissing("PaymentMethod", reference, param);
  return found;
}

export async function requirePaymentMethod(id: string, executor: Executor = db): Promise<SandboxPaymentMethod> {
  return requireObjectOfType<SandboxPaymentMethod>(id, "payment_method", executor, "id", "PaymentMethod");
}

/**
 * Attaches a PaymentMethod to a customer. Like Stripe, attaching checks the card: a card that
 * always declines cannot be attached, while `pm_card_chargeCustomerFail` attaches and only fails
 * later, when charged.
 */
export async function attachPaymentMethod(reference: string, customerId: string, executor: Executor, now: number): Promise<SandboxPaymentMethod> {
  const customer = await getObjectOfType<SandboxCustomer>(customerId, "customer", executor);
  if (!customer || customer.deleted) throw resourceMissing("customer", customerId, "customer");
  const paymentMethod = await resolvePaymentMethod(reference, executor, now, "id");
  if (paymentMethod.customer === customerId) return paymentMethod;
  if (paymentMethod.customer) {
    throw invalidRequest("The payment method you provided has already been attached to a customer.", "payment_method", "payment_method_unexpected_state");
  }
  const card = testCardOf(paymentMethod);
  if (card.outcome.kind === "decline" && !card.failsWhenCharged) {
    throw new SandboxError(402, {
      type: "card_error",
      code: "card_declined",
      decline_code: card.outcome.declineCode,
      message: card.outcome.message,
      param: "",
    });
  }
  const attached = await putObject<SandboxPaymentMethod>({ ...paymentMethod, customer: customerId }, executor);
  await emitEvent("payment_method.attached", attached, undefined, executor);
  return attached;
}

export const paymentMethodRoutes: SandboxRoute[] = [
  retrieveRoute("/v1/payment_methods/:id", (id) => requirePaymentMethod(id)),
  listRoute<SandboxPaymentMethod>("/v1/payment_methods", "payment_method", ["customer"]),
  {
    method: "POST",
    path: "/v1/payment_methods/:id/attach",
    handler: async ({ pathParams, params, now }) => {
      const customer = stringParam(params, "customer");
      if (!customer) throw missingParam("customer");
      return db.transaction((tx) => attachPaymentMethod(pathParams.id, customer, tx, now));
    },
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/detach",
    handler: async ({ pathParams }) =>
      db.transaction(async (tx) => {
        const paymentMethod = await requirePaymentMethod(pathParams.id, tx);
        if (!paymentMethod.customer) {
          throw invalidRequest(`The payment method ${paymentMethod.id} is not attached to a customer.`, undefined, "payment_method_unexpected_state");
        }
        const detached = await putObject<SandboxPaymentMethod>({ ...paymentMethod, customer: null }, tx);
        await emitEvent("payment_method.detached", detached, { customer: paymentMethod.customer }, tx);
        return detached;
      }),
  },
];
