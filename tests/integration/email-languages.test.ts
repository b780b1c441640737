import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { productTranslations, users } from "@/db/schema";
import { refundOrder } from "@/lib/admin/refunds";
import { rememberUserLocale } from "@/lib/auth/account";
import { RESET_TOKEN_MINUTES, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { registerUser } from "@/lib/auth/registration";
import { startCheckout } from "@/lib/checkout";
import { deliverDueEmails } from "@/lib/email/sender";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "../support/catalog";
import { useSmtpServer } from "../support/smtp";
import { deliverWebhooks, routeWebhooksToHandler } from "../support/stripe";
import { adminActor } from "./admin-helpers";
import { cartWith, shipping } from "./checkout-helpers";
import { createUser, startPaid, subscriptionRow } from "./plans-helpers";
import { outboxFor } from "@/tests/support/outbox";

// Every email goes out in the language the shopper used: the order's for order emails, the
// account's for plan emails, the asking request's for a password reset.

const smtp = useSmtpServer();
beforeAll(() => {
  routeWebhooksToHandler();
});

const dollarsIn = (locale: string, cents: number) => new Intl.NumberFormat(locale, { style: "currency", currency: "USD" }).format(cents / 100);
const longDateIn = (locale: string, date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
const mailTo = (to: string) => smtp().received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === to);

describe("emails in the shopper's language", () => {
  it("a Spanish order's receipt and refund are in Spanish, with the Spanish product name, amounts the Spanish way, the pi_ id and a working order link", async () => {
    const product = await createProduct({ name: "Lunar Basil", priceCents: 1250, stock: 10 });
    await getDb().insert(productTranslations).values({ productId: product.id, locale: "es", name: "Albahaca lunar", description: "Albahaca fragante." });
    const email = `recibo-${randomUUID()}@example.com`;
    const checkout = await startCheckout({ cartId: await cartWith([[product.id, 2]]), userId: null, shipping: { ...shipping, email }, locale: "es" });
    if (!checkout.ok) throw new Error(checkout.message);
    await getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
    await deliverWebhooks();
    await deliverDueEmails();

    const [receipt] = mailTo(email);
    const charged = (await getStripe().paymentIntents.retrieve(checkout.paymentIntentId)).amount_received;
    const total = dollarsIn("es-ES", charged);
    expect(total).toMatch(/^\d+,\d\d\sUS\$$/);
    expect(receipt.subject).toBe(`Tu recibo de Beyond Earth: ${total} (pedido ${checkout.orderId})`);
    for (const part of [receipt.text ?? "", String(receipt.html)]) {
      expect(part).toContain(`Hemos recibido tu pago. Este es el recibo de tu pedido ${checkout.orderId}.`);
      expect(part).toContain(`Total cobrado: ${total}`);
      expect(part).toContain(`2 × Albahaca lunar — ${dollarsIn("es-ES", 2500)}`);
      expect(part).toContain(checkout.paymentIntentId);
      expect(part).toContain("Estados Unidos");
      expect(part).not.toContain("Thank you");
      expect(part).not.toContain("Lunar Basil");
    }
    expect(String(receipt.html)).toContain('lang="es"');
    expect(receipt.text).toMatch(/Ver tu pedido[\s\S]*http:\/\/localhost:3000\/guest-orders\/[^?\s]+\?key=[A-Za-z0-9_-]{20,}/);

    const admin = await adminActor();
    expect(await refundOrder(admin, { orderId: checkout.orderId, amount: "5", requestId: randomUUID() })).toMatchObject({ ok: true });
    await deliverWebhooks();
    const refund = (await outboxFor(email)).find((row) => row.subject.startsWith("Reembolso"));
    expect(refund?.subject).toBe(`Reembolso de ${dollarsIn("es-ES", 500)} del pedido ${checkout.orderId}`);
    expect(refund?.text).toContain("Albahaca lunar");
  });

  it("a password reset asked for in German arrives in German, and its link still sets the password", async () => {
    const registered = await registerUser({ email: `passwort-${randomUUID()}@example.com`, password: "orbital-basil-garden-17" });
    if (!registered.ok) throw new Error("registration failed");
    const { email } = registered.user;
    expect(await requestPasswordReset({ email, locale: "de" }, "203.0.113.61")).toMatchObject({ ok: true });
    await deliverDueEmails();

    const [mail] = mailTo(email);
    expect(mail.subject).toBe("Setze dein Beyond-Earth-Passwort zurück");
    expect(mail.text).toContain(`Dieser Link funktioniert einmal, ${RESET_TOKEN_MINUTES} Minuten lang`);
    expect(mail.text).toContain("Neues Passwort festlegen");
    expect(mail.text).not.toContain("Reset your password");
    expect(String(mail.html)).toContain('lang="de"');
    const token = mail.text?.match(/http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];
    expect(await resetPassword({ token, newPassword: "velvet-comet-harvest-91", confirmPassword: "velvet-comet-harvest-91" }, "203.0.113.61")).toMatchObject({ ok: true });
  });

  it("a plan paid by a shopper who chose Spanish is confirmed in Spanish, with the amount and renewal date the Spanish way", async () => {
    const user = await createUser();
    await rememberUserLocale(user.id, "es");
    const started = await startPaid(user.id, "quarterly");
    const [row] = await outboxFor(user.email);
    const renewsOn = (await subscriptionRow(started.subscriptionId)).currentPeriodEnd!;
    expect(row.subject).toBe("Pago recibido de tu plan Trimestral");
    expect(row.text).toContain(`Has pagado ${dollarsIn("es-ES", 1200)} por el plan Trimestral para tener acceso ilimitado al asistente de recetas.`);
    expect(row.text).toContain(`Tu plan se renueva el ${longDateIn("es-ES", renewsOn)}.`);
    expect(row.html).toContain("Gestionar tu plan");
  });

  it("an account registered in German gets its plan email in German; old accounts stay English", async () => {
    const registered = await registerUser({ email: `tarif-${randomUUID()}@example.com`, password: "orbital-basil-garden-17" }, undefined, "de");
    if (!registered.ok) throw new Error("registration failed");
    await startPaid(registered.user.id, "monthly");
    const [row] = await outboxFor(registered.user.email);
    expect(row.subject).toBe("Zahlung für deinen Tarif Monatlich erhalten");
    expect(row.text).toContain(`Du hast ${dollarsIn("de-DE", 500)} für den Tarif Monatlich bezahlt`);

    const english = await createUser();
    const [account] = await getDb().select({ locale: users.locale }).from(users).where(eq(users.id, english.id));
    expect(account.locale).toBe("en");
  });

  it("a signed-in shopper's order in Spanish makes Spanish the account's language", async () => {
    const user = await createUser();
    const product = await createProduct({ name: "Orbital Oats", priceCents: 800, stock: 10 });
    const checkout = await startCheckout({ cartId: await cartWith([[product.id, 1]]), userId: user.id, shipping: { ...shipping, email: user.email }, locale: "es" });
    expect(checkout.ok).toBe(true);
    const [account] = await getDb().select({ locale: users.locale }).from(users).where(eq(users.id, user.id));
    expect(account.locale).toBe("es");
  });
});
