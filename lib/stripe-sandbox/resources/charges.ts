import { db, type Executor } from "../context";
import type { TestCard } from "../cards";
import { toUnix } from "../clock";
import type { SandboxRoute } from "../router";
import { listRoute, newId, putObject, requireObjectOfType, retrieveRoute, type StoredObject } from "../store";
import type { SandboxPaymentMethod } from "./payment-methods";

/** One attempt to charge a card for a PaymentIntent: `succeeded`, or `failed` with the decline. */
export type SandboxCharge = StoredObject & {
  object: "charge";
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  paid: boolean;
  refunded: boolean;
  disputed: false;
  status: "succeeded" | "failed";
  currency: string;
  customer: string | null;
  description: string | null;
  metadata: Record<string, string>;
  payment_intent: string;
  payment_method: string;
  payment_method_details: {
    type: "card";
    card: {
      brand: string;
      last4: string;
      exp_month: number;
      exp_year: number;
      funding: string;
      network: string;
      three_d_secure: { authentication_flow: "challenge"; result: "authenticated"; version: "2.2.0" } | null;
    };
  };
  billing_details: SandboxPaymentMethod["billing_details"];
  failure_code: string | null;
  failure_message: string | null;
  outcome: {
    network_status: "approved_by_network" | "declined_by_network";
    reason: string | null;
    risk_level: "normal";
    seller_message: string;
    type: "authorized" | "issuer_declined";
  };
  receipt_email: string | null;
  balance_transaction: string | null;
  created: number;
  livemode: false;
};

export type ChargeInput = {
  paymentIntent: { id: string; amount: number; currency: string; customer: string | null; description: string | null; metadata: Record<string, string>; receipt_email: string | null };
  paymentMethod: SandboxPaymentMethod;
  card: TestCard;
  authenticated: boolean;
};

export async function createCharge({ paymentIntent, paymentMethod, card, authenticated }: ChargeInput, executor: Executor, now: number): Promise<SandboxCharge> {
  const declined = card.outcome.kind === "decline" ? card.outcome : null;
  return putObject<SandboxCharge>(
    {
      id: newId("ch"),
      object: "charge",
      amount: paymentIntent.amount,
      amount_captured: declined ? 0 : paymentIntent.amount,
      amount_refunded: 0,
      captured: !declined,
      paid: !declined,
      refunded: false,
      disputed: false,
      status: declined ? "failed" : "succeeded",
      currency: paymentIntent.currency,
      customer: paymentIntent.customer,
      description: paymentIntent.description,
      metadata: paymentIntent.metadata,
      payment_intent: paymentIntent.id,
      payment_method: paymentMethod.id,
      payment_method_details: {
        type: "card",
        card: {
          brand: paymentMethod.card.brand,
          last4: paymentMethod.card.last4,
          exp_month: paymentMethod.card.exp_month,
          exp_year: paymentMethod.card.exp_year,
          funding: paymentMethod.card.funding,
          network: paymentMethod.card.brand,
          three_d_secure: authenticated ? { authentication_flow: "challenge", result: "authenticated", version: "2.2.0" } : null,
        },
      },
      billing_details: paymentMethod.billing_details,
      failure_code: declined ? "card_declined" : null,
      failure_message: declined ? declined.message : null,
      outcome: declined
        ? {
            network_status: "declined_by_network",
            reason: declined.declineCode,
            risk_level: "normal",
            seller_message: "The bank did not return any further details with this decline.",
            type: "issuer_declined",
          }
        : { network_status: "approved_by_network", reason: null, risk_level: "normal", seller_message: "Payment complete.", type: "authorized" },
      receipt_email: paymentIntent.receipt_email,
      balance_transaction: declined ? null : newId("txn"),
      created: toUnix(now),
      livemode: false,
    },
    executor,
  );
}

export async function requireCharge(id: string, executor: Executor = db, param = "id"): Promise<SandboxCharge> {
  return requireObjectOfType<SandboxCharge>(id, "charge", executor, param);
}

export const chargeRoutes: SandboxRoute[] = [
  retrieveRoute("/v1/charges/:id", (id) => requireCharge(id)),
  listRoute<SandboxCharge>("/v1/charges", "charge", ["payment_intent", "customer"]),
];
