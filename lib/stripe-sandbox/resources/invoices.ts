import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "../context";
import { sandboxObjects } from "../tables";
import { toUnix } from "../clock";
import { invalidRequest } from "../errors";
import { emitEvent } from "../events";
import type { FormObject } from "../form";
import { afterDueWork, expansions, listExpansions, objectParam, stringParam, type DueWork, type SandboxRoute } from "../router";
import { getObjectOfType, listResponse, newId, putObject, requireObjectOfType, retrieveRoute, type StoredObject } from "../store";
import type { SandboxCustomer } from "./customers";
import type { SandboxPrice } from "./prices";

/**
 * Invoices and invoice payments, as Stripe's Billing makes them for subscriptions: one open
 * invoice per billing period, paid by a PaymentIntent whose client secret the invoice exposes as
 * `confirmation_secret` (only when expanded, as on Stripe).
 */
export type InvoiceStatus = "draft" | "open" | "paid" | "uncollectible" | "void";
export type BillingReason = "subscription_create" | "subscription_cycle" | "subscription_update";

export type SandboxInvoice = StoredObject & {
  object: "invoice";
  status: InvoiceStatus;
  customer: string;
  currency: string;
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  attempt_count: number;
  attempted: boolean;
  billing_reason: BillingReason;
  next_payment_attempt: number | null;
  confirmation_secret: { client_secret: string; type: "payment_intent" } | null;
  parent: { type: "subscription_details"; quote_details: null; subscription_details: { subscription: string; metadata: Record<string, string> } };
  period_start: number;
  period_end: number;
  created: number;
  status_transitions: { finalized_at: number | null; marked_uncollectible_at: number | null; paid_at: number | null; voided_at: number | null };
};

export type SandboxInvoicePayment = StoredObject & {
  object: "invoice_payment";
  invoice: string;
  amount_requested: number;
  amount_paid: number | null;
  currency: string;
  is_default: boolean;
  payment: { type: "payment_intent"; payment_intent: string };
  status: "open" | "paid" | "canceled";
  status_transitions: { canceled_at: number | null; paid_at: number | null };
  created: number;
};

export type NewInvoice = {
  subscriptionId: string;
  subscriptionItemId: string;
  subscriptionMetadata: Record<string, string>;
  customer: SandboxCustomer;
  price: SandboxPrice;
  productName: string;
  reason: BillingReason;
  period: { start: number; end: number };
  paymentIntent: { id: string; client_secret: string };
};

function invoiceNumber(customerId: string, sequence: number) {
  return `${customerId.slice(-8).toUpperCase()}-${String(sequence).padStart(4, "0")}`;
}

async function invoiceCount(customerId: string, executor: Executor) {
  const [row] = await executor
    .select({ count: sql<number>`count(*)` })
    .from(sandboxObjects)
    .where(and(eq(sandboxObjects.object, "invoice"), sql`json_extract(${sandboxObjects.data}, '$.customer') = ${customerId}`));
  return Number(row?.count ?? 0);
}

/**
 * Creates a finalized (open) invoice for one billing period and its invoice payment, emitting
 * invoice.created and invoice.finalized as Stripe does.
 */
export async function createOpenInvoice(input: NewInvoice, executor: Executor, now: number): Promise<SandboxInvoice> {
  const id = newId("in");
  const created = toUnix(now);
  const amount = input.price.unit_amount;
  const line = {
    id: newId("il"),
    object: "line_item",
    amount,
    currency: input.price.currency,
    description: `1 × ${input.productName} (at ${(amount / 100).toFixed(2)} ${input.price.currency.toUpperCase()} / ${
      input.price.recurring && input.price.recurring.interval_count > 1
        ? `every ${input.price.recurring.interval_count} ${input.price.recurring.interval}s`
        : input.price.recurring?.interval ?? "once"
    })`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: id,
    livemode: false,
    metadata: {},
    parent: {
      type: "subscription_item_details",
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: { credited_items: null },
        subscription: input.subscriptionId,
        subscription_item: input.subscriptionItemId,
      },
    },
    period: { start: input.period.start, end: input.period.end },
    pretax_credit_amounts: [],
    pricing: { type: "price_details", price_details: { price: input.price.id, product: input.price.product }, unit_amount_decimal: String(amount) },
    quantity: 1,
    taxes: [],
  };
  const draft: SandboxInvoice = {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "Beyond Earth",
    amount_due: amount,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: amount,
    amount_shipping: 0,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.reason,
    collection_method: "charge_automatically",
    confirmation_secret: null,
    created,
    currency: input.price.currency,
    custom_fields: null,
    customer: input.customer.id,
    customer_email: input.customer.email,
    customer_name: input.customer.name,
    default_payment_method: null,
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    lines: { object: "list", data: [line], has_more: false, total_count: 1, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { subscription: input.subscriptionId, metadata: input.subscriptionMetadata },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    period_start: input.reason === "subscription_cycle" ? input.period.start : created,
    period_end: input.reason === "subscription_cycle" ? input.period.start : created,
    starting_balance: 0,
    statement_descriptor: null,
    status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: amount,
    subtotal_excluding_tax: amount,
    test_clock: null,
    total: amount,
    total_discount_amounts: [],
    total_excluding_tax: amount,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
  await putObject(draft, executor);
  await emitEvent("invoice.created", presentInvoice(draft, []), undefined, executor);

  await putObject<SandboxInvoicePayment>(
    {
      id: newId("inpay"),
      object: "invoice_payment",
      amount_paid: null,
      amount_requested: amount,
      created,
      currency: input.price.currency,
      invoice: id,
      is_default: true,
      livemode: false,
      payment: { type: "payment_intent", payment_intent: input.paymentIntent.id },
      status: "open",
      status_transitions: { canceled_at: null, paid_at: null },
    },
    executor,
  );
  const open: SandboxInvoice = {
    ...draft,
    status: "open",
    number: invoiceNumber(input.customer.id, await invoiceCount(input.customer.id, executor)),
    effective_at: created,
    confirmation_secret: { client_secret: input.paymentIntent.client_secret, type: "payment_intent" },
    status_transitions: { ...draft.status_transitions, finalized_at: created },
  };
  await putObject(open, executor);
  await emitEvent("invoice.finalized", presentInvoice(open, []), undefined, executor);
  return open;
}

export async function getInvoice(id: string, executor: Executor = db) {
  return getObjectOfType<SandboxInvoice>(id, "invoice", executor);
}

export async function requireInvoice(id: string, executor: Executor = db, param = "id") {
  return requireObjectOfType<SandboxInvoice>(id, "invoice", executor, param);
}

export function invoiceSubscriptionId(invoice: SandboxInvoice): string {
  return invoice.parent.subscription_details.subscription;
}

async function queryPayments(where: ReturnType<typeof sql>, executor: Executor) {
  const rows = await executor
    .select({ data: sandboxObjects.data })
    .from(sandboxObjects)
    .where(and(eq(sandboxObjects.object, "invoice_payment"), where))
    .orderBy(sql`${sandboxObjects.createdAt} desc`, sql`${sandboxObjects.id} desc`);
  return rows.map((row) => row.data as SandboxInvoicePayment);
}

export async function paymentsForInvoice(invoiceId: string, executor: Executor = db) {
  return queryPayments(sql`json_extract(${sandboxObjects.data}, '$.invoice') = ${invoiceId}`, executor);
}

export async function paymentForPaymentIntent(paymentIntentId: string, executor: Executor = db) {
  const [payment] = await queryPayments(sql`json_extract(${sandboxObjects.data}, '$.payment.payment_intent') = ${paymentIntentId}`, executor);
  return payment;
}

/** The PaymentIntent that pays this invoice (the default invoice payment's). */
export async function invoicePaymentIntentId(invoiceId: string, executor: Executor = db): Promise<string | undefined> {
  const payments = await paymentsForInvoice(invoiceId, executor);
  return (payments.find((payment) => payment.is_default) ?? payments[0])?.payment.payment_intent;
}

export async function markInvoicePaid(invoice: SandboxInvoice, paymentIntentId: string, executor: Executor, now: number): Promise<SandboxInvoice> {
  const at = toUnix(now);
  const paid: SandboxInvoice = {
    ...invoice,
    status: "paid",
    amount_paid: invoice.amount_due,
    amount_remaining: 0,
    attempted: true,
    attempt_count: invoice.attempt_count + 1,
    next_payment_attempt: null,
    status_transitions: { ...invoice.status_transitions, paid_at: at },
  };
  await putObject(paid, executor);
  const payment = await paymentForPaymentIntent(paymentIntentId, executor);
  if (payment) {
    await putObject<SandboxInvoicePayment>(
      { ...payment, status: "paid", amount_paid: invoice.amount_due, status_transitions: { ...payment.status_transitions, paid_at: at } },
      executor,
    );
  }
  await emitEvent("invoice.paid", presentInvoice(paid, []), { status: invoice.status, amount_paid: invoice.amount_paid, amount_remaining: invoice.amount_remaining }, executor);
  await emitEvent("invoice.payment_succeeded", presentInvoice(paid, []), undefined, executor);
  return paid;
}

/** Records one failed attempt; `nextAttempt` is when Stripe would retry (null: no more retries). */
export async function recordInvoiceFailure(invoice: SandboxInvoice, nextAttempt: number | null, executor: Executor): Promise<SandboxInvoice> {
  const failed: SandboxInvoice = { ...invoice, attempted: true, attempt_count: invoice.attempt_count + 1, next_payment_attempt: nextAttempt };
  await putObject(failed, executor);
  await emitEvent("invoice.payment_failed", presentInvoice(failed, []), { attempt_count: invoice.attempt_count }, executor);
  return failed;
}

export async function voidInvoice(invoice: SandboxInvoice, executor: Executor, now: number): Promise<SandboxInvoice> {
  const at = toUnix(now);
  const voided: SandboxInvoice = {
    ...invoice,
    status: "void",
    amount_remaining: 0,
    next_payment_attempt: null,
    status_transitions: { ...invoice.status_transitions, voided_at: at },
  };
  await putObject(voided, executor);
  for (const payment of await paymentsForInvoice(invoice.id, executor)) {
    if (payment.status !== "open") continue;
    await putObject<SandboxInvoicePayment>({ ...payment, status: "canceled", status_transitions: { ...payment.status_transitions, canceled_at: at } }, executor);
  }
  await emitEvent("invoice.voided", presentInvoice(voided, []), { status: invoice.status }, executor);
  return voided;
}

/** Stops collecting an invoice whose subscription ended; it stays open (past due), as on Stripe. */
export async function stopCollecting(invoice: SandboxInvoice, executor: Executor): Promise<SandboxInvoice> {
  if (invoice.next_payment_attempt === null && invoice.auto_advance === false) return invoice;
  const stopped: SandboxInvoice = { ...invoice, next_payment_attempt: null, auto_advance: false };
  await putObject(stopped, executor);
  await emitEvent("invoice.updated", presentInvoice(stopped, []), { next_payment_attempt: invoice.next_payment_attempt, auto_advance: true }, executor);
  return stopped;
}

/**
 * What the API shows: `confirmation_secret` and `payments` are includable fields, present only
 * when expanded.
 */
export function presentInvoice(invoice: SandboxInvoice, expand: string[], payments?: SandboxInvoicePayment[]) {
  const { confirmation_secret: secret, ...rest } = invoice;
  const shown: Record<string, unknown> = { ...rest };
  if (expand.includes("confirmation_secret")) shown.confirmation_secret = invoice.status === "open" ? secret : null;
  if (expand.includes("payments") && payments) {
    shown.payments = { object: "list", data: payments, has_more: false, url: `/v1/invoices/${invoice.id}/payments` };
  }
  return shown as StoredObject;
}

export async function presentInvoiceWithExpansions(invoice: SandboxInvoice, expand: string[], executor: Executor = db) {
  const payments = expand.includes("payments") ? await paymentsForInvoice(invoice.id, executor) : undefined;
  const shown = presentInvoice(invoice, expand, payments);
  if (expand.includes("customer")) shown.customer = (await getObjectOfType<SandboxCustomer>(invoice.customer, "customer", executor)) ?? invoice.customer;
  return shown;
}

function limitParam(params: FormObject): number {
  const raw = stringParam(params, "limit");
  const limit = raw === undefined ? 10 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidRequest("Invalid limit: must be between 1 and 100", "limit");
  return limit;
}

async function listInvoices(filter: { subscription?: string; customer?: string; status?: string }, limit: number) {
  const conditions = [eq(sandboxObjects.object, "invoice")];
  if (filter.subscription) conditions.push(sql`json_extract(${sandboxObjects.data}, '$.parent.subscription_details.subscription') = ${filter.subscription}`);
  if (filter.customer) conditions.push(sql`json_extract(${sandboxObjects.data}, '$.customer') = ${filter.customer}`);
  if (filter.status) conditions.push(sql`json_extract(${sandboxObjects.data}, '$.status') = ${filter.status}`);
  const rows = await db
    .select({ data: sandboxObjects.data })
    .from(sandboxObjects)
    .where(and(...conditions))
    .orderBy(sql`json_extract(${sandboxObjects.data}, '$.created') desc`, sql`${sandboxObjects.createdAt} desc`)
    .limit(limit + 1);
  const invoices = rows.map((row) => row.data as SandboxInvoice);
  return { invoices: invoices.slice(0, limit), hasMore: invoices.length > limit };
}

export function invoiceRoutes(processDue: DueWork): SandboxRoute[] {
  return [
    ...afterDueWork(processDue, [
      {
        method: "GET",
        path: "/v1/invoices/:id",
        handler: async ({ pathParams, params }) => presentInvoiceWithExpansions(await requireInvoice(pathParams.id), expansions(params)),
      },
      {
        method: "GET",
        path: "/v1/invoices",
        handler: async ({ params }) => {
          const expand = listExpansions(params);
          const { invoices, hasMore } = await listInvoices(
            { subscription: stringParam(params, "subscription"), customer: stringParam(params, "customer"), status: stringParam(params, "status") },
            limitParam(params),
          );
          return listResponse("/v1/invoices", await Promise.all(invoices.map((invoice) => presentInvoiceWithExpansions(invoice, expand))), hasMore);
        },
      },
    ]),
    retrieveRoute("/v1/invoice_payments/:id", (id) => requireObjectOfType<SandboxInvoicePayment>(id, "invoice_payment")),
    {
      method: "GET",
      path: "/v1/invoice_payments",
      handler: async ({ params }) => {
        const invoice = stringParam(params, "invoice");
        const payment = objectParam(params, "payment");
        const paymentIntent = payment && typeof payment.payment_intent === "string" ? payment.payment_intent : undefined;
        if (payment && payment.type !== "payment_intent") throw invalidRequest("Only payment[type]=payment_intent is supported.", "payment[type]");
        const status = stringParam(params, "status");
        let found: SandboxInvoicePayment[];
        if (paymentIntent) found = await queryPayments(sql`json_extract(${sandboxObjects.data}, '$.payment.payment_intent') = ${paymentIntent}`, db);
        else if (invoice) found = await paymentsForInvoice(invoice);
        else found = await queryPayments(sql`1 = 1`, db);
        found = found.filter((candidate) => (!invoice || candidate.invoice === invoice) && (!status || candidate.status === status));
        const limit = limitParam(params);
        return listResponse("/v1/invoice_payments", found.slice(0, limit), found.length > limit);
      },
    },
  ];
}
