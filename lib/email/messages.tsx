import "server-only";
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render, toPlainText } from "@react-email/render";
import { createFormatter, createTranslator } from "use-intl/core";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { formatCents } from "@/lib/money/format";
import type { PlanId } from "@/lib/plans/catalog";

/**
 * Every email the shop sends: each template makes, from one input, the subject and an HTML body
 * (react-email) whose plain-text part is read from the same HTML, in the shopper's language
 * (messages/<locale>.json, `Email`), with amounts and dates formatted for it.
 */

/** One email's language: its messages, and money, dates and countries written that way. */
async function newWriter(locale: Locale) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Email" });
  const countries = createTranslator({ locale, messages, namespace: "Countries" });
  const planNames = createTranslator({ locale, messages, namespace: "PlanNames" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  return {
    locale,
    t,
    money: (cents: number, currency: string) => formatCents(cents, currency, locale),
    date: (date: Date) => format.dateTime(date, { dateStyle: "long" }),
    /** A country's name where the shop knows it (the shipping form's list), else its code as stored. */
    country: (code: string) => (countries.has(code as CountryCode) ? countries(code as CountryCode) : code),
    plan: (plan: PlanId) => planNames(plan),
  };
}
type CountryCode = keyof Messages["Countries"];
type Writer = Awaited<ReturnType<typeof newWriter>>;

// One writer per language for the process: its translators keep their parsed messages.
const writers = new Map<Locale, Promise<Writer>>();
function writerFor(locale: Locale): Promise<Writer> {
  let writer = writers.get(locale);
  if (!writer) {
    writer = newWriter(locale);
    writers.set(locale, writer);
  }
  return writer;
}

/** The email's one action, and its address written out for mail clients that block buttons. */
function ButtonLink({ w, href, children }: { w: Writer; href: string; children: string }) {
  return (
    <>
      <Link href={href} style={styles.button}>
        {children}
      </Link>
      <Text style={styles.small}>{w.t("orOpenLink", { url: href })}</Text>
    </>
  );
}

export type MessageItem = { name: string; quantity: number; unitPriceCents: number };
export type DeliveryAddress = { name: string; address: string; city: string; postalCode: string; country: string };

const styles = {
  body: { backgroundColor: "#f5f5f4", fontFamily: "Helvetica, Arial, sans-serif", color: "#1c1917" },
  container: { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px", borderRadius: "8px" },
  heading: { color: "#14532d", fontSize: "22px" },
  button: { backgroundColor: "#166534", color: "#ffffff", padding: "10px 16px", borderRadius: "6px", textDecoration: "none", display: "inline-block" },
  small: { color: "#57534e", fontSize: "13px" },
};

function Layout({ w, preview, title, children }: { w: Writer; preview: string; title: string; children: ReactNode }) {
  return (
    <Html lang={w.locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading style={styles.heading}>{title}</Heading>
          {children}
          <Hr />
          <Text style={styles.small}>{w.t("footer")}</Text>
        </Container>
      </Body>
    </Html>
  );
}

function Items({ w, items, currency }: { w: Writer; items: MessageItem[]; currency: string }) {
  return (
    <Section>
      {items.map((item, index) => (
        <Text key={index} style={{ margin: "4px 0" }}>
          {w.t("itemLine", { quantity: item.quantity, name: item.name, amount: w.money(item.unitPriceCents * item.quantity, currency) })}
        </Text>
      ))}
    </Section>
  );
}

/** What a template makes of its input: the subject (written with the email), its dedupe key and its body (rendered when sent). */
type Composed = { subject: string; dedupeKey?: string; body: () => React.ReactElement };

/** Every email is written in a locale: the order's, the account's or the request's. */
type InLocale = { locale: Locale; to: string };

export type ReceiptInput = InLocale & {
  orderId: string;
  /** Names in the email's language where the product has a translation. */
  items: MessageItem[];
  totalChargedCents: number;
  currency: string;
  paymentIntentId: string;
  address: DeliveryAddress;
  orderUrl: string;
};

function receipt(w: Writer, input: ReceiptInput): Composed {
  const total = w.money(input.totalChargedCents, input.currency);
  const { address, orderId } = input;
  return {
    subject: w.t("receiptSubject", { total, orderId }),
    dedupeKey: `receipt:${orderId}`,
    body: () => (
      <Layout w={w} preview={w.t("receiptPreview", { total })} title={w.t("receiptTitle")}>
        <Text>{w.t("receiptIntro", { orderId })}</Text>
        <Items w={w} items={input.items} currency={input.currency} />
        <Text>
          <strong>{w.t("receiptTotal", { total })}</strong>
        </Text>
        <Text>{w.t("receiptReference", { paymentIntentId: input.paymentIntentId })}</Text>
        <Text>{w.t("receiptDelivery", { ...address, country: w.country(address.country) })}</Text>
        <ButtonLink w={w} href={input.orderUrl}>
          {w.t("viewOrder")}
        </ButtonLink>
      </Layout>
    ),
  };
}

export type RefundInput = InLocale & { orderId: string; amountCents: number; currency: string; items: MessageItem[]; orderUrl: string; refundedTotalCents: number };

function refund(w: Writer, input: RefundInput): Composed {
  const amount = w.money(input.amountCents, input.currency);
  const { orderId } = input;
  return {
    subject: w.t("refundSubject", { amount, orderId }),
    dedupeKey: `refund:${orderId}:${input.refundedTotalCents}`,
    body: () => (
      <Layout w={w} preview={w.t("refundPreview", { amount })} title={w.t("refundTitle")}>
        <Text>{w.t("refundBody", { amount, orderId })}</Text>
        <Text>{w.t("refundItems")}</Text>
        <Items w={w} items={input.items} currency={input.currency} />
        <Text>{w.t("refundSoFar", { amount: w.money(input.refundedTotalCents, input.currency) })}</Text>
        <Link href={input.orderUrl}>{w.t("viewOrder")}</Link>
      </Layout>
    ),
  };
}

export type ShippedInput = InLocale & { orderId: string; carrier: string; trackingNumber: string; trackingUrl: string | null; orderUrl: string };

/** For fulfilment: the email that says the parcel left, with the carrier's tracking. */
function shipped(w: Writer, input: ShippedInput): Composed {
  const { orderId, carrier, trackingNumber } = input;
  return {
    subject: w.t("shippedSubject", { orderId }),
    dedupeKey: `shipped:${orderId}:${trackingNumber}`,
    body: () => (
      <Layout w={w} preview={w.t("shippedPreview", { carrier, trackingNumber })} title={w.t("shippedTitle")}>
        <Text>{w.t("shippedBody", { orderId, carrier })}</Text>
        <Text>{w.t("shippedTracking", { trackingNumber })}</Text>
        {input.trackingUrl ? <Link href={input.trackingUrl}>{w.t("shippedTrack")}</Link> : null}
        <Text>
          <Link href={input.orderUrl}>{w.t("viewOrder")}</Link>
        </Text>
      </Layout>
    ),
  };
}

/** `renewsOn` is an ISO date: a template's input is stored as JSON. */
export type PlanPaidInput = InLocale & { invoiceId: string; plan: PlanId; amountCents: number; currency: string; renewsOn: string | null; accountUrl: string };

/** Says what /plans/complete says. */
function planPaid(w: Writer, input: PlanPaidInput): Composed {
  const plan = w.plan(input.plan);
  const paid = w.t("planPaidBody", { amount: w.money(input.amountCents, input.currency), plan });
  return {
    subject: w.t("planPaidSubject", { plan }),
    dedupeKey: `plan-paid:${input.invoiceId}`,
    body: () => (
      <Layout w={w} preview={paid} title={w.t("planPaidTitle", { plan })}>
        <Text>{paid}</Text>
        {input.renewsOn ? <Text>{w.t("planRenews", { date: w.date(new Date(input.renewsOn)) })}</Text> : null}
        <Link href={input.accountUrl}>{w.t("planManage")}</Link>
      </Layout>
    ),
  };
}

export type RenewalFailedInput = InLocale & { invoiceId: string; plan: PlanId; amountCents: number; currency: string; payUrl: string };

function renewalFailed(w: Writer, input: RenewalFailedInput): Composed {
  const amount = w.money(input.amountCents, input.currency);
  const plan = w.plan(input.plan);
  return {
    subject: w.t("renewalFailedSubject", { plan }),
    dedupeKey: `renewal-failed:${input.invoiceId}`,
    body: () => (
      <Layout w={w} preview={w.t("renewalFailedPreview", { amount })} title={w.t("renewalFailedTitle")}>
        <Text>{w.t("renewalFailedBody", { amount, plan })}</Text>
        <ButtonLink w={w} href={input.payUrl}>
          {w.t("renewalFailedPay")}
        </ButtonLink>
      </Layout>
    ),
  };
}

export type PasswordResetInput = InLocale & { resetUrl: string; minutes: number };

/** No dedupe key: every request gets its own (newest) link. */
function passwordReset(w: Writer, input: PasswordResetInput): Composed {
  return {
    subject: w.t("resetSubject"),
    body: () => (
      <Layout w={w} preview={w.t("resetPreview")} title={w.t("resetTitle")}>
        <Text>{w.t("resetBody", { minutes: input.minutes })}</Text>
        <ButtonLink w={w} href={input.resetUrl}>
          {w.t("resetAction")}
        </ButtonLink>
        <Text style={styles.small}>{w.t("resetIgnore")}</Text>
      </Layout>
    ),
  };
}

export type ClaimOrdersInput = InLocale & { userId: string; orderCount: number; claimUrl: string };

/** After registering with an email that has guest orders: the link that adds them to the account. */
function claimOrders(w: Writer, input: ClaimOrdersInput): Composed {
  const count = input.orderCount;
  return {
    subject: w.t("claimSubject"),
    dedupeKey: `claim-orders:${input.userId}`,
    body: () => (
      <Layout w={w} preview={w.t("claimPreview", { count })} title={w.t("claimTitle")}>
        <Text>{w.t("claimBody", { count })}</Text>
        <ButtonLink w={w} href={input.claimUrl}>
          {w.t("claimAction")}
        </ButtonLink>
      </Layout>
    ),
  };
}

/** Every email the shop writes, by the name its outbox row keeps. */
const templates = { receipt, refund, shipped, planPaid, renewalFailed, passwordReset, claimOrders };

export type EmailTemplate = keyof typeof templates;

/** An email as the outbox keeps it until it is sent: written, not yet rendered. */
export type EmailDraft = {
  to: string;
  subject: string;
  template: EmailTemplate;
  /** The template's input, as JSON. */
  data: string;
  /** One email per cause (e.g. `receipt:<orderId>`): enqueuing it again does nothing. */
  dedupeKey?: string;
};
export type EmailInput<T extends EmailTemplate> = Parameters<(typeof templates)[T]>[1];

const isTemplate = (name: string): name is EmailTemplate => Object.hasOwn(templates, name);

async function compose(template: EmailTemplate, input: InLocale): Promise<Composed> {
  const make = templates[template] as (w: Writer, input: InLocale) => Composed;
  return make(await writerFor(input.locale), input);
}

/**
 * An email for the outbox: its subject is written now (lists and searches show it); its body is
 * kept as the template's input and rendered when the email is sent (`renderEmailBody`), so the
 * transaction that writes it (a paid order's webhook) does no rendering.
 */
export async function draftEmail<T extends EmailTemplate>(template: T, input: EmailInput<T>): Promise<EmailDraft> {
  const { subject, dedupeKey } = await compose(template, input);
  return { to: input.to, subject, template, data: JSON.stringify(input), dedupeKey };
}

/** What an email says: its plain text and its HTML. */
export type EmailBody = { text: string; html: string };

/** An outbox email's HTML (react-email) and the plain text read from the same HTML, in its language. */
export async function renderEmailBody(template: string, data: string): Promise<EmailBody> {
  if (!isTemplate(template)) throw new Error(`No email template named "${template}"`);
  const { body } = await compose(template, JSON.parse(data) as InLocale);
  // One React render: the plain text is read from the same HTML (what `render(…, { plainText: true })` does).
  const html = await render(body());
  return { html, text: toPlainText(html) };
}
