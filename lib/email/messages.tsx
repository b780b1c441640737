import "server-only";
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render, toPlainText } from "@react-email/render";
import { createFormatter, createTranslator } from "use-intl/core";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { formatCents } from "@/lib/money/format";
import type { PlanId } from "@/lib/plans/catalog";
import type { EmailMessage } from "./outbox";

/**
 * Every email the shop sends: each builder answers a ready-to-enqueue message with an HTML part
 * (react-email) and the plain-text part rendered from the same tree, in the shopper's language
 * (messages/<locale>.json, `Email`), with amounts and dates formatted for it.
 */

/** One email's language: its messages, and money, dates and countries written that way. */
async function writerFor(locale: Locale) {
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
type Writer = Awaited<ReturnType<typeof writerFor>>;

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

async function build(to: string, subject: string, element: React.ReactElement, dedupeKey?: string): Promise<EmailMessage> {
  // One React render: the plain text is read from the same HTML (what `render(…, { plainText: true })` does).
  const html = await render(element);
  const text = toPlainText(html);
  return { to, subject, html, text, dedupeKey };
}

/** Every email is written in a locale: the order's, the account's or the request's. */
type InLocale = { locale: Locale };

export type ReceiptInput = InLocale & {
  to: string;
  orderId: string;
  /** Names in the email's language where the product has a translation. */
  items: MessageItem[];
  totalChargedCents: number;
  currency: string;
  paymentIntentId: string;
  address: DeliveryAddress;
  orderUrl: string;
};

export async function receiptEmail(input: ReceiptInput): Promise<EmailMessage> {
  const w = await writerFor(input.locale);
  const total = w.money(input.totalChargedCents, input.currency);
  const { address, orderId } = input;
  return build(
    input.to,
    w.t("receiptSubject", { total, orderId }),
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
    </Layout>,
    `receipt:${orderId}`,
  );
}

export type RefundInput = InLocale & { to: string; orderId: string; amountCents: number; currency: string; items: MessageItem[]; orderUrl: string; refundedTotalCents: number };

export async function refundEmail(input: RefundInput): Promise<EmailMessage> {
  const w = await writerFor(input.locale);
  const amount = w.money(input.amountCents, input.currency);
  const { orderId } = input;
  return build(
    input.to,
    w.t("refundSubject", { amount, orderId }),
    <Layout w={w} preview={w.t("refundPreview", { amount })} title={w.t("refundTitle")}>
      <Text>{w.t("refundBody", { amount, orderId })}</Text>
      <Text>{w.t("refundItems")}</Text>
      <Items w={w} items={input.items} currency={input.currency} />
      <Text>{w.t("refundSoFar", { amount: w.money(input.refundedTotalCents, input.currency) })}</Text>
      <Link href={input.orderUrl}>{w.t("viewOrder")}</Link>
    </Layout>,
    `refund:${orderId}:${input.refundedTotalCents}`,
  );
}

export type ShippedInput = InLocale & { to: string; orderId: string; carrier: string; trackingNumber: string; trackingUrl: string | null; orderUrl: string };

/** For fulfilment: the email that says the parcel left, with the carrier's tracking. */
export async function shippedEmail(input: ShippedInput): Promise<EmailMessage> {
  const w = await writerFor(input.locale);
  const { orderId, carrier, trackingNumber } = input;
  return build(
    input.to,
    w.t("shippedSubject", { orderId }),
    <Layout w={w} preview={w.t("shippedPreview", { carrier, trackingNumber })} title={w.t("shippedTitle")}>
      <Text>{w.t("shippedBody", { orderId, carrier })}</Text>
      <Text>{w.t("shippedTracking", { trackingNumber })}</Text>
      {input.trackingUrl ? <Link href={input.trackingUrl}>{w.t("shippedTrack")}</Link> : null}
      <Text>
        <Link href={input.orderUrl}>{w.t("viewOrder")}</Link>
      </Text>
    </Layout>,
    `shipped:${orderId}:${trackingNumber}`,
  );
}

export type PlanPaidInput = InLocale & { to: string; invoiceId: string; plan: PlanId; amountCents: number; currency: string; renewsOn: Date | null; accountUrl: string };

/** Says what /plans/complete says. */
export async function planConfirmationEmail(input: PlanPaidInput): Promise<EmailMessage> {
  const w = await writerFor(input.locale);
  const plan = w.plan(input.plan);
  const paid = w.t("planPaidBody", { amount: w.money(input.amountCents, input.currency), plan });
  return build(
    input.to,
    w.t("planPaidSubject", { plan }),
    <Layout w={w} preview={paid} title={w.t("planPaidTitle", { plan })}>
      <Text>{paid}</Text>
      {input.renewsOn ? <Text>{w.t("planRenews", { date: w.date(input.renewsOn) })}</Text> : null}
      <Link href={input.accountUrl}>{w.t("planManage")}</Link>
    </Layout>,
    `plan-paid:${input.invoiceId}`,
  );
}

export type RenewalFailedInput = InLocale & { to: string; invoiceId: string; plan: PlanId; amountCents: number; currency: string; payUrl: string };

export async function renewalFailedEmail(input: RenewalFailedInput): Promise<EmailMessage> {
  const w = await writerFor(input.locale);
  const amount = w.money(input.amountCents, input.currency);
  const plan = w.plan(input.plan);
  return build(
    input.to,
    w.t("renewalFailedSubject", { plan }),
    <Layout w={w} preview={w.t("renewalFailedPreview", { amount })} title={w.t("renewalFailedTitle")}>
      <Text>{w.t("renewalFailedBody", { amount, plan })}</Text>
      <ButtonLink w={w} href={input.payUrl}>
        {w.t("renewalFailedPay")}
      </ButtonLink>
    </Layout>,
    `renewal-failed:${input.invoiceId}`,
  );
}

export type PasswordResetInput = InLocale & { to: string; resetUrl: string; minutes: number };

/** No dedupe key: every request gets its own (newest) link. */
export async function passwordResetEmail(input: PasswordResetInput): Promise<EmailMessage> {
  const w = await writerFor(input.locale);
  return build(
    input.to,
    w.t("resetSubject"),
    <Layout w={w} preview={w.t("resetPreview")} title={w.t("resetTitle")}>
      <Text>{w.t("resetBody", { minutes: input.minutes })}</Text>
      <ButtonLink w={w} href={input.resetUrl}>
        {w.t("resetAction")}
      </ButtonLink>
      <Text style={styles.small}>{w.t("resetIgnore")}</Text>
    </Layout>,
  );
}

export type ClaimOrdersInput = InLocale & { to: string; userId: string; orderCount: number; claimUrl: string };

/** After registering with an email that has guest orders: the link that adds them to the account. */
export async function claimOrdersEmail(input: ClaimOrdersInput): Promise<EmailMessage> {
  const w = await writerFor(input.locale);
  const count = input.orderCount;
  return build(
    input.to,
    w.t("claimSubject"),
    <Layout w={w} preview={w.t("claimPreview", { count })} title={w.t("claimTitle")}>
      <Text>{w.t("claimBody", { count })}</Text>
      <ButtonLink w={w} href={input.claimUrl}>
        {w.t("claimAction")}
      </ButtonLink>
    </Layout>,
    `claim-orders:${input.userId}`,
  );
}
