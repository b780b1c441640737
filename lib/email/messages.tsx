import "server-only";
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render, toPlainText } from "@react-email/render";
import type { ReactNode } from "react";
import { formatCents } from "@/lib/money/format";
import type { EmailMessage } from "./outbox";

/**
 * Every email the shop sends: each builder answers a ready-to-enqueue message with an HTML part
 * (react-email) and the plain-text part rendered from the same tree.
 */


/** The email's one action, and its address written out for mail clients that block buttons. */
function ButtonLink({ href, children }: { href: string; children: string }) {
  return (
    <>
      <Link href={href} style={styles.button}>
        {children}
      </Link>
      <Text style={styles.small}>Or open this link: {href}</Text>
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

function Layout({ preview, title, children }: { preview: string; title: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading style={styles.heading}>{title}</Heading>
          {children}
          <Hr />
          <Text style={styles.small}>Beyond Earth — food grown beyond the ordinary.</Text>
        </Container>
      </Body>
    </Html>
  );
}

function Items({ items, currency }: { items: MessageItem[]; currency: string }) {
  return (
    <Section>
      {items.map((item, index) => (
        <Text key={index} style={{ margin: "4px 0" }}>
          {item.quantity} × {item.name} — {formatCents(item.unitPriceCents * item.quantity, currency)}
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

export type ReceiptInput = {
  to: string;
  orderId: string;
  items: MessageItem[];
  totalChargedCents: number;
  currency: string;
  paymentIntentId: string;
  address: DeliveryAddress;
  orderUrl: string;
};

export function receiptEmail(input: ReceiptInput): Promise<EmailMessage> {
  const total = formatCents(input.totalChargedCents, input.currency);
  const { address } = input;
  return build(
    input.to,
    `Your Beyond Earth receipt: ${total} (order ${input.orderId})`,
    <Layout preview={`We received your payment of ${total}.`} title="Thank you for your order">
      <Text>We received your payment. Here is your receipt for order {input.orderId}.</Text>
      <Items items={input.items} currency={input.currency} />
      <Text>
        <strong>Total charged: {total}</strong>
      </Text>
      <Text>Payment reference: {input.paymentIntentId}</Text>
      <Text>
        Delivering to: {address.name}, {address.address}, {address.postalCode} {address.city}, {address.country}
      </Text>
      <ButtonLink href={input.orderUrl}>View your order</ButtonLink>
    </Layout>,
    `receipt:${input.orderId}`,
  );
}

export type RefundInput = { to: string; orderId: string; amountCents: number; currency: string; items: MessageItem[]; orderUrl: string; refundedTotalCents: number };

export function refundEmail(input: RefundInput): Promise<EmailMessage> {
  const amount = formatCents(input.amountCents, input.currency);
  return build(
    input.to,
    `Refund of ${amount} for order ${input.orderId}`,
    <Layout preview={`We refunded ${amount}.`} title="Your refund is on its way">
      <Text>
        We refunded {amount} to the card you paid with for order {input.orderId}. It usually reaches your account within 5–10 business days.
      </Text>
      <Text>The order contained:</Text>
      <Items items={input.items} currency={input.currency} />
      <Text>Refunded on this order so far: {formatCents(input.refundedTotalCents, input.currency)}</Text>
      <Link href={input.orderUrl}>View your order</Link>
    </Layout>,
    `refund:${input.orderId}:${input.refundedTotalCents}`,
  );
}

export type ShippedInput = { to: string; orderId: string; carrier: string; trackingNumber: string; trackingUrl: string | null; orderUrl: string };

/** For fulfilment: the email that says the parcel left, with the carrier's tracking. */
export function shippedEmail(input: ShippedInput): Promise<EmailMessage> {
  return build(
    input.to,
    `Your order ${input.orderId} has shipped`,
    <Layout preview={`Shipped with ${input.carrier}, tracking ${input.trackingNumber}.`} title="Your order is on its way">
      <Text>
        Order {input.orderId} has shipped with {input.carrier}.
      </Text>
      <Text>Tracking number: {input.trackingNumber}</Text>
      {input.trackingUrl ? <Link href={input.trackingUrl}>Track your parcel</Link> : null}
      <Text>
        <Link href={input.orderUrl}>View your order</Link>
      </Text>
    </Layout>,
    `shipped:${input.orderId}:${input.trackingNumber}`,
  );
}

export type PlanPaidInput = { to: string; invoiceId: string; planName: string; amountCents: number; currency: string; renewsOn: Date | null; accountUrl: string };

/** The same sentence as /plans/complete. */
export function planConfirmationSentence(amountCents: number, planName: string, currency = "usd") {
  return `You have successfully paid ${formatCents(amountCents, currency)} for the ${planName} plan for unlimited access to the recipe assistant.`;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function planConfirmationEmail(input: PlanPaidInput): Promise<EmailMessage> {
  return build(
    input.to,
    `Payment received for your ${input.planName} plan`,
    <Layout preview={planConfirmationSentence(input.amountCents, input.planName, input.currency)} title={`Your ${input.planName} plan`}>
      <Text>{planConfirmationSentence(input.amountCents, input.planName, input.currency)}</Text>
      {input.renewsOn ? <Text>Your plan renews on {dateFormat.format(input.renewsOn)}.</Text> : null}
      <Link href={input.accountUrl}>Manage your plan</Link>
    </Layout>,
    `plan-paid:${input.invoiceId}`,
  );
}

export type RenewalFailedInput = { to: string; invoiceId: string; planName: string; amountCents: number; currency: string; payUrl: string };

export function renewalFailedEmail(input: RenewalFailedInput): Promise<EmailMessage> {
  const amount = formatCents(input.amountCents, input.currency);
  return build(
    input.to,
    `We could not renew your ${input.planName} plan`,
    <Layout preview={`Your payment of ${amount} did not go through.`} title="Your plan's renewal payment failed">
      <Text>
        We tried to charge {amount} for your {input.planName} plan, but the payment did not go through. Pay now to keep unlimited access to the recipe
        assistant.
      </Text>
      <ButtonLink href={input.payUrl}>Pay now</ButtonLink>
    </Layout>,
    `renewal-failed:${input.invoiceId}`,
  );
}

export type PasswordResetInput = { to: string; resetUrl: string; minutes: number };

/** No dedupe key: every request gets its own (newest) link. */
export function passwordResetEmail(input: PasswordResetInput): Promise<EmailMessage> {
  return build(
    input.to,
    "Reset your Beyond Earth password",
    <Layout preview="A link to set a new password." title="Reset your password">
      <Text>Someone (hopefully you) asked to reset the password of your Beyond Earth account. This link works once, for {input.minutes} minutes:</Text>
      <ButtonLink href={input.resetUrl}>Set a new password</ButtonLink>
      <Text style={styles.small}>If you did not ask for this, ignore this email: your password stays as it is.</Text>
    </Layout>,
  );
}

export type ClaimOrdersInput = { to: string; userId: string; orderCount: number; claimUrl: string };

/** After registering with an email that has guest orders: the link that adds them to the account. */
export function claimOrdersEmail(input: ClaimOrdersInput): Promise<EmailMessage> {
  const orders = input.orderCount === 1 ? "1 earlier order" : `${input.orderCount} earlier orders`;
  return build(
    input.to,
    "Add your earlier orders to your Beyond Earth account",
    <Layout preview={`We found ${orders} placed with this email.`} title="Welcome to Beyond Earth">
      <Text>
        Your account is ready. We found {orders} placed as a guest with this email. Open this link while signed in to see them under your orders:
      </Text>
      <ButtonLink href={input.claimUrl}>Add my orders</ButtonLink>
    </Layout>,
    `claim-orders:${input.userId}`,
  );
}
