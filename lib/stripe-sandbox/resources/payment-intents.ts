import { context, db, type Executor } from "../context";
import type { TestCard } from "../cards";
import { toUnix } from "../clock";
import { invalidRequest, missingParam, resourceMissing, SandboxError, unexpectedState, type StripeErrorBody } from "../errors";
import { emitEvent } from "../events";
import type { FormObject } from "../form";
import type { PaymentIntentChangeCause } from "../context";
import { expansions, mergeMetadata, objectParam, stringParam, type SandboxRoute } from "../router";
import { getObjectOfType, listRoute, newId, newSecret, putObject, type StoredObject } from "../store";
import { createCharge, requireCharge } from "./charges";
import type { SandboxCustomer } from "./customers";
import { requirePaymentMethod, resolvePaymentMethod, testCardOf, type SandboxPaymentMethod } from "./payment-methods";

/**
 * PaymentIntents: requires_payment_method → (requires_action) → succeeded, or canceled.
 * A decline answers 402 `card_error` and leaves the intent in requires_payment_method with
 * `last_payment_error`, so the customer can try another card. The test card decides the outcome.
 */
export type PaymentIntentStatus = "requires_payment_method" | "requires_confirmation" | "requires_action" | "processing" | "succeeded" | "canceled";

export type LastPaymentError = StripeErrorBody & { payment_method?: SandboxPaymentMethod; charge?: string; doc_url?: string };

export type NextAction = { type: "redirect_to_url"; redirect_to_url: { url: string; return_url: string | null } };

export type SandboxPaymentIntent = StoredObject & {
  object: "payment_intent";
  amount: number;
  amount_capturable: 0;
  amount_received: number;
  allowed_payment_method_types: ["card"] | null;
  automatic_payment_methods: { enabled: boolean; allow_redirects?: "always" | "never" } | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: "automatic_async";
  client_secret: string;
  confirmation_method: "automatic";
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  last_payment_error: LastPaymentError | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  next_action: NextAction | null;
  payment_method: string | null;
  payment_method_options: { card: { request_three_d_secure: "automatic"; installments: null; mandate_options: null; network: null } };
  payment_method_types: ["card"];
  processing: null;
  receipt_email: string | null;
  setup_future_usage: "off_session" | "on_session" | null;
  shipping: null;
  statement_descriptor: string | null;
  status: PaymentIntentStatus;
};

export type CreatePaymentIntentParams = {
  amount: number;
  currency: string;
  customer?: string | null;
  description?: string | null;
  metadata?: Record<string, string>;
  receipt_email?: string | null;
  setup_future_usage?: "off_session" | "on_session" | null;
  payment_method?: string | null;
  automatic_payment_methods?: { enabled: boolean; allow_redirects?: "always" | "never" } | null;
  allowed_payment_method_types?: ["card"] | null;
  statement_descriptor?: string | null;
};

export type ConfirmOptions = {
  paymentMethod?: string | null;
  offSession?: boolean;
  returnUrl?: string | null;
  /** Billing's own collection attempt: billing records its failure (and decides on retries) itself. */
  collectedByBilling?: boolean;
};

const CANCELABLE: PaymentIntentStatus[] = ["requires_payment_method", "requires_confirmation", "requires_action", "processing"];
const CANCEL_REASONS = ["duplicate", "fraudulent", "requested_by_customer", "abandoned", "automatic", "failed_invoice", "void_invoice"];
const MINIMUM_AMOUNT = 50;

export async function getPaymentIntent(id: string, executor: Executor = db): Promise<SandboxPaymentIntent | undefined> {
  return getObjectOfType<SandboxPaymentIntent>(id, "payment_intent", executor);
}

export async function requirePaymentIntent(id: string, executor: Executor = db, param = "intent"): Promise<SandboxPaymentIntent> {
  const paymentIntent = await getPaymentIntent(id, executor);
  if (!paymentIntent) throw resourceMissing("payment_intent", id, param);
  return paymentIntent;
}

/** The sandbox's stand-in for the bank's 3-D Secure page. */
export function authenticationUrl(paymentIntent: { id: string; client_secret: string }): string {
  const url = new URL(context().threeDSecureUrl());
  url.searchParams.set("payment_intent", paymentIntent.id);
  url.searchParams.set("client_secret", paymentIntent.client_secret);
  return url.toString();
}

/** Persists a status change, tells billing about it, and emits the event for the new state. */
async function transition(
  next: SandboxPaymentIntent,
  eventType: string | null,
  executor: Executor,
  now: number,
  previous?: Record<string, unknown>,
  cause: PaymentIntentChangeCause = { collectedByBilling: false },
) {
  await putObject(next, executor);
  if (eventType) await emitEvent(eventType, next, previous, executor);
  await context().paymentIntentChanged(next, executor, now, cause);
  return next;
}

/**
 * Creates a PaymentIntent in `requires_payment_method` (or confirms it at once with
 * `confirm=true` through the route). Usable inside another resource's transaction.
 */
export async function createPaymentIntentRecord(params: CreatePaymentIntentParams, executor: Executor, now: number): Promise<SandboxPaymentIntent> {
  if (!Number.isInteger(params.amount) || params.amount < 0) throw invalidRequest("Invalid integer: amount must be a positive whole number of cents.", "amount", "parameter_invalid_integer");
  if (params.amount < MINIMUM_AMOUNT) {
    throw invalidRequest(`Amount must be at least $0.50 ${params.currency}`, "amount", "amount_too_small");
  }
  if (!/^[a-z]{3}$/.test(params.currency)) throw invalidRequest(`Invalid currency: ${params.currency}.`, "currency");
  if (params.customer) {
    const customer = await getObjectOfType<SandboxCustomer>(params.customer, "customer", executor);
    if (!customer || customer.deleted) throw resourceMissing("customer", params.customer, "customer");
  }
  const id = newId("pi");
  const paymentIntent: SandboxPaymentIntent = {
    id,
    object: "payment_intent",
    amount: params.amount,
    amount_capturable: 0,
    amount_received: 0,
    allowed_payment_method_types: params.allowed_payment_method_types ?? null,
    automatic_payment_methods: params.automatic_payment_methods ?? null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: newSecret(id),
    confirmation_method: "automatic",
    created: toUnix(now),
    currency: params.currency,
    customer: params.customer ?? null,
    description: params.description ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: params.metadata ?? {},
    next_action: null,
    payment_method: null,
    payment_method_options: { card: { request_three_d_secure: "automatic", installments: null, mandate_options: null, network: null } },
    payment_method_types: ["card"],
    processing: null,
    receipt_email: params.receipt_email ?? null,
    setup_future_usage: params.setup_future_usage ?? null,
    shipping: null,
    statement_descriptor: params.statement_descriptor ?? null,
    status: "requires_payment_method",
  };
  if (params.payment_method) {
    paymentIntent.payment_method = (await resolvePaymentMethod(params.payment_method, executor, now)).id;
    paymentIntent.status = "requires_confirmation";
  }
  await putObject(paymentIntent, executor);
  await emitEvent("payment_intent.created", paymentIntent, undefined, executor);
  return paymentIntent;
}

function assertConfirmable(paymentIntent: SandboxPaymentIntent) {
  if (paymentIntent.status === "succeeded") {
    throw unexpectedState("You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.");
  }
  if (paymentIntent.status === "canceled" || paymentIntent.status === "processing") {
    throw unexpectedState(
      `You cannot confirm this PaymentIntent because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_payment_method, requires_action.`,
    );
  }
}

async function attachForFutureUsage(paymentIntent: SandboxPaymentIntent, paymentMethod: SandboxPaymentMethod, executor: Executor) {
  if (!paymentIntent.customer || paymentMethod.customer || !paymentIntent.setup_future_usage) return;
  const attached = await putObject<SandboxPaymentMethod>({ ...paymentMethod, customer: paymentIntent.customer }, executor);
  await emitEvent("payment_method.attached", attached, undefined, executor);
}

async function succeed(paymentIntent: SandboxPaymentIntent, paymentMethod: SandboxPaymentMethod, card: TestCard, authenticated: boolean, executor: Executor, now: number) {
  const charge = await createCharge({ paymentIntent, paymentMethod, card, authenticated }, executor, now);
  await attachForFutureUsage(paymentIntent, paymentMethod, executor);
  await emitEvent("charge.succeeded", charge, undefined, executor);
  return transition(
    {
      ...paymentIntent,
      status: "succeeded",
      amount_received: paymentIntent.amount,
      payment_method: paymentMethod.id,
      latest_charge: charge.id,
      last_payment_error: null,
      next_action: null,
    },
    "payment_intent.succeeded",
    executor,
    now,
  );
}

/** Records a decline, then throws the 402 `card_error` Stripe answers (with the updated intent). */
async function decline(
  paymentIntent: SandboxPaymentIntent,
  paymentMethod: SandboxPaymentMethod,
  card: TestCard,
  executor: Executor,
  now: number,
  cause: PaymentIntentChangeCause,
): Promise<never> {
  if (card.outcome.kind !== "decline") throw new Error("decline() needs a declining card");
  const charge = await createCharge({ paymentIntent, paymentMethod, card, authenticated: false }, executor, now);
  await emitEvent("charge.failed", charge, undefined, executor);
  const error: LastPaymentError = {
    type: "card_error",
    code: "card_declined",
    decline_code: card.outcome.declineCode,
    message: card.outcome.message,
    charge: charge.id,
    payment_method: paymentMethod,
    doc_url: "https://stripe.com/docs/error-codes/card-declined",
  };
  const failed = await transition(
    { ...paymentIntent, status: "requires_payment_method", payment_method: null, latest_charge: charge.id, last_payment_error: error, next_action: null },
    "payment_intent.payment_failed",
    executor,
    now,
    undefined,
    cause,
  );
  throw new SandboxError(402, { ...error, payment_intent: failed });
}

/** Dashboard payment methods include redirect-based ones, so Stripe needs a return_url to confirm. */
function mayRedirect(paymentIntent: SandboxPaymentIntent): boolean {
  const automatic = paymentIntent.automatic_payment_methods;
  return automatic !== null && automatic.enabled && automatic.allow_redirects !== "never" && paymentIntent.allowed_payment_method_types === null;
}

/**
 * Confirms a PaymentIntent with a PaymentMethod (a `pm_…` id or a test token). Resolves with the
 * intent (`succeeded`, or `requires_action` for 3-D Secure on-session); a decline is written and
 * then thrown as a 402 SandboxError, so a caller inside its own transaction can catch it and go on.
 */
export async function confirmPaymentIntentRecord(id: string, options: ConfirmOptions, executor: Executor, now: number): Promise<SandboxPaymentIntent> {
  const paymentIntent = await requirePaymentIntent(id, executor);
  assertConfirmable(paymentIntent);
  const reference = options.paymentMethod ?? paymentIntent.payment_method;
  if (!reference) {
    throw invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
      "payment_method",
      "payment_intent_unexpected_state",
    );
  }
  if (mayRedirect(paymentIntent) && !options.returnUrl) {
    throw invalidRequest(
      "A `return_url` must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed. If you do not want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.",
      "return_url",
    );
  }
  const paymentMethod = await resolvePaymentMethod(reference, executor, now);
  if (paymentMethod.customer && paymentIntent.customer && paymentMethod.customer !== paymentIntent.customer) {
    throw invalidRequest("The provided PaymentMethod belongs to a different Customer than the one on this PaymentIntent.", "payment_method");
  }
  if (options.offSession && !paymentIntent.customer) {
    throw invalidRequest("A PaymentIntent confirmed off-session needs a customer.", "off_session");
  }
  const card = testCardOf(paymentMethod);

  if (card.outcome.kind === "decline") return decline(paymentIntent, paymentMethod, card, executor, now, { collectedByBilling: options.collectedByBilling === true });
  if (card.outcome.kind === "authenticate" && !options.offSession) {
    const returnUrl = options.returnUrl ?? null;
    return transition(
      {
        ...paymentIntent,
        status: "requires_action",
        payment_method: paymentMethod.id,
        last_payment_error: null,
        next_action: { type: "redirect_to_url", redirect_to_url: { url: authenticationUrl(paymentIntent), return_url: returnUrl } },
      },
      "payment_intent.requires_action",
      executor,
      now,
    );
  }
  return succeed(paymentIntent, paymentMethod, card, false, executor, now);
}

/**
 * The outcome of the sandbox's 3-D Secure page: "Complete" charges the card, "Fail" returns the
 * intent to requires_payment_method with `payment_intent_authentication_failure`.
 */
export async function authenticatePaymentIntentRecord(id: string, passed: boolean, executor: Executor, now: number): Promise<SandboxPaymentIntent> {
  const paymentIntent = await requirePaymentIntent(id, executor);
  if (paymentIntent.status !== "requires_action" || !paymentIntent.payment_method) {
    throw unexpectedState(`This PaymentIntent is not awaiting authentication (its status is ${paymentIntent.status}).`);
  }
  const paymentMethod = await requirePaymentMethod(paymentIntent.payment_method, executor);
  if (passed) return succeed(paymentIntent, paymentMethod, testCardOf(paymentMethod), true, executor, now);
  return transition(
    {
      ...paymentIntent,
      status: "requires_payment_method",
      payment_method: null,
      next_action: null,
      last_payment_error: {
        type: "invalid_request_error",
        code: "payment_intent_authentication_failure",
        message:
          "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
        payment_method: paymentMethod,
        doc_url: "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
      },
    },
    "payment_intent.payment_failed",
    executor,
    now,
  );
}

export async function cancelPaymentIntentRecord(id: string, executor: Executor, now: number, reason: string | null = null): Promise<SandboxPaymentIntent> {
  const paymentIntent = await requirePaymentIntent(id, executor);
  if (!CANCELABLE.includes(paymentIntent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
    );
  }
  return transition(
    { ...paymentIntent, status: "canceled", canceled_at: toUnix(now), cancellation_reason: reason, next_action: null },
    "payment_intent.canceled",
    executor,
    now,
  );
}

// ---------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------

function amountParam(params: FormObject, required: boolean): number | undefined {
  const raw = stringParam(params, "amount");
  if (raw === undefined) {
    if (required) throw missingParam("amount");
    return undefined;
  }
  if (!/^\d+$/.test(raw)) throw invalidRequest(`Invalid integer: ${raw}`, "amount", "parameter_invalid_integer");
  return Number(raw);
}

function booleanParam(params: FormObject, name: string): boolean | undefined {
  const raw = stringParam(params, name);
  if (raw === undefined) return undefined;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw invalidRequest(`Invalid boolean: ${raw}`, name);
}

function setupFutureUsageParam(params: FormObject): "off_session" | "on_session" | null | undefined {
  const raw = stringParam(params, "setup_future_usage");
  if (raw === undefined) return undefined;
  if (raw === "off_session" || raw === "on_session") return raw;
  throw invalidRequest(`Invalid setup_future_usage: must be one of off_session or on_session`, "setup_future_usage");
}

function returnUrlParam(params: FormObject): string | undefined {
  const raw = stringParam(params, "return_url");
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === "http:" || url.protocol === "https:") return raw;
  } catch {
    // answered below
  }
  throw invalidRequest("Invalid URL: return_url must be an absolute http(s) URL.", "return_url", "url_invalid");
}

/** An intent created without allowed_payment_method_types accepts the Dashboard's methods (API 2023-08-16 on). */
function automaticPaymentMethodsParam(params: FormObject): SandboxPaymentIntent["automatic_payment_methods"] {
  const automatic = objectParam(params, "automatic_payment_methods");
  if (!automatic) return params.allowed_payment_method_types === undefined ? { enabled: true, allow_redirects: "always" } : null;
  if (automatic.enabled !== "true") return null;
  return { enabled: true, allow_redirects: automatic.allow_redirects === "never" ? "never" : "always" };
}

/** The sandbox only emulates cards; `["card"]` when the request names the allowed types. */
function allowedTypesParam(params: FormObject): ["card"] | null {
  const types = params.allowed_payment_method_types;
  if (types === undefined) return null;
  const list = Array.isArray(types) ? types : typeof types === "object" ? Object.values(types) : [types];
  for (const type of list) {
    if (type !== "card") throw invalidRequest(`The payment method type "${String(type)}" is not available in the Stripe sandbox; only card is.`, "allowed_payment_method_types");
  }
  return ["card"];
}

/** Applies `expand[]` (latest_charge, payment_method, customer) to a copy for the response. */
export async function presentPaymentIntent(paymentIntent: SandboxPaymentIntent, expand: string[], executor: Executor = db): Promise<Record<string, unknown>> {
  const presented: Record<string, unknown> = { ...paymentIntent };
  if (expand.includes("latest_charge") && paymentIntent.latest_charge) presented.latest_charge = await requireCharge(paymentIntent.latest_charge, executor);
  if (expand.includes("payment_method") && paymentIntent.payment_method) presented.payment_method = await requirePaymentMethod(paymentIntent.payment_method, executor);
  if (expand.includes("customer") && paymentIntent.customer) {
    presented.customer = (await getObjectOfType<SandboxCustomer>(paymentIntent.customer, "customer", executor)) ?? paymentIntent.customer;
  }
  return presented;
}

/** Runs a confirm in its own transaction, keeping a decline's writes before answering 402. */
async function confirmCommitted(id: string, options: ConfirmOptions, now: number): Promise<SandboxPaymentIntent> {
  const outcome = await db.transaction(async (tx) => {
    try {
      return { paymentIntent: await confirmPaymentIntentRecord(id, options, tx, now) };
    } catch (error) {
      if (error instanceof SandboxError && error.status === 402) return { declined: error };
      throw error;
    }
  });
  if ("declined" in outcome) throw outcome.declined;
  return outcome.paymentIntent;
}

export const paymentIntentRoutes: SandboxRoute[] = [
  {
    method: "POST",
    path: "/v1/payment_intents",
    handler: async ({ params, now }) => {
      const allowedTypes = allowedTypesParam(params);
      const amount = amountParam(params, true) ?? 0;
      const currency = stringParam(params, "currency");
      if (!currency) throw missingParam("currency");
      const confirm = booleanParam(params, "confirm") ?? false;
      const returnUrl = returnUrlParam(params);
      const created = await db.transaction((tx) =>
        createPaymentIntentRecord(
          {
            amount,
            currency: currency.toLowerCase(),
            customer: stringParam(params, "customer"),
            description: stringParam(params, "description"),
            metadata: mergeMetadata({}, objectParam(params, "metadata")),
            receipt_email: stringParam(params, "receipt_email"),
            setup_future_usage: setupFutureUsageParam(params),
            payment_method: stringParam(params, "payment_method"),
            statement_descriptor: stringParam(params, "statement_descriptor"),
            automatic_payment_methods: automaticPaymentMethodsParam(params),
            allowed_payment_method_types: allowedTypes,
          },
          tx,
          now,
        ),
      );
      const result = confirm
        ? await confirmCommitted(created.id, { offSession: booleanParam(params, "off_session") ?? false, returnUrl }, now)
        : created;
      return presentPaymentIntent(result, expansions(params));
    },
  },
  {
    method: "GET",
    path: "/v1/payment_intents/:id",
    handler: async ({ pathParams, params }) => presentPaymentIntent(await requirePaymentIntent(pathParams.id), expansions(params)),
  },
  listRoute<SandboxPaymentIntent>("/v1/payment_intents", "payment_intent", ["customer"]),
  {
    method: "POST",
    path: "/v1/payment_intents/:id",
    handler: async ({ pathParams, params, now }) => {
      const updated = await db.transaction(async (tx) => {
        const paymentIntent = await requirePaymentIntent(pathParams.id, tx);
        const amount = amountParam(params, false);
        const currency = stringParam(params, "currency");
        const customer = stringParam(params, "customer");
        const paymentMethod = stringParam(params, "payment_method");
        const changesPayment = amount !== undefined || currency !== undefined || customer !== undefined || paymentMethod !== undefined;
        if (changesPayment && !["requires_payment_method", "requires_confirmation", "requires_action"].includes(paymentIntent.status)) {
          throw unexpectedState(
            `You cannot update this PaymentIntent's amount, currency, customer or payment method because it has a status of ${paymentIntent.status}.`,
          );
        }
        if (amount !== undefined && amount < MINIMUM_AMOUNT) throw invalidRequest(`Amount must be at least $0.50 ${paymentIntent.currency}`, "amount", "amount_too_small");
        if (customer) {
          const found = await getObjectOfType<SandboxCustomer>(customer, "customer", tx);
          if (!found || found.deleted) throw resourceMissing("customer", customer, "customer");
        }
        const next: SandboxPaymentIntent = {
          ...paymentIntent,
          amount: amount ?? paymentIntent.amount,
          currency: currency?.toLowerCase() ?? paymentIntent.currency,
          customer: customer ?? paymentIntent.customer,
          description: stringParam(params, "description") ?? paymentIntent.description,
          receipt_email: stringParam(params, "receipt_email") ?? paymentIntent.receipt_email,
          setup_future_usage: setupFutureUsageParam(params) ?? paymentIntent.setup_future_usage,
          metadata: mergeMetadata(paymentIntent.metadata, objectParam(params, "metadata")),
        };
        if (paymentMethod) {
          next.payment_method = (await resolvePaymentMethod(paymentMethod, tx, now)).id;
          next.status = "requires_confirmation";
          next.next_action = null;
        } else if (amount !== undefined && paymentIntent.status === "requires_action") {
          // A new amount needs a new confirmation, as on Stripe.
          next.status = "requires_payment_method";
          next.next_action = null;
        }
        await putObject(next, tx);
        if (next.status !== paymentIntent.status) await context().paymentIntentChanged(next, tx, now, { collectedByBilling: false });
        return next;
      });
      return presentPaymentIntent(updated, expansions(params));
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/confirm",
    handler: async ({ pathParams, params, now }) => {
      const confirmed = await confirmCommitted(
        pathParams.id,
        { paymentMethod: stringParam(params, "payment_method"), offSession: booleanParam(params, "off_session") ?? false, returnUrl: returnUrlParam(params) },
        now,
      );
      return presentPaymentIntent(confirmed, expansions(params));
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/cancel",
    handler: async ({ pathParams, params, now }) => {
      const reason = stringParam(params, "cancellation_reason") ?? null;
      if (reason && !CANCEL_REASONS.includes(reason)) {
        throw invalidRequest(`Invalid cancellation_reason: must be one of ${CANCEL_REASONS.join(", ")}`, "cancellation_reason");
      }
      const canceled = await db.transaction((tx) => cancelPaymentIntentRecord(pathParams.id, tx, now, reason));
      return presentPaymentIntent(canceled, expansions(params));
    },
  },
];
