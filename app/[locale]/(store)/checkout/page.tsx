import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ShippingForm } from "@/components/checkout/lazy-forms";
import { OrderSummary } from "@/components/checkout/order-summary";
import { PaymentSection } from "@/components/checkout/payment-section";
import { PostalAddress } from "@/components/orders/postal-address";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { readCartId } from "@/lib/cart/cookie";
import { inShopperLanguage } from "@/lib/catalog/names";
import { noticeText } from "@/lib/i18n/server";
import { lastShippingForUser, loadCheckout } from "@/lib/checkout";
import type { ShippingDetails } from "@/lib/checkout/shipping";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { linkTo } from "@/components/ui/rich-link";
import { ClientTranslations } from "@/components/layout/client-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Checkout");
  return { title: t("title"), description: t("description") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const { step } = await searchParams;
  const t = await getTranslations("Checkout");
  const locale = await getLocale();
  const user = await currentUser();
  const state = await loadCheckout(await readCartId(user?.id), user?.id ?? null);
  if (state.paidOrderUrl) redirect(state.paidOrderUrl);

  if (state.lines.length === 0) {
    return (
      <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("empty")}</h1>
        <p className="text-stone-600">{t("emptyBody")}</p>
        <Link href="/shop" className={buttonClass("primary")}>
          {t("browse")}
        </Link>
      </div>
    );
  }

  const payment = step === "shipping" ? null : state.payment;
  const [lines, shortages] = await Promise.all([inShopperLanguage(state.lines, locale), inShopperLanguage(state.shortages, locale)]);
  const prefill: Partial<ShippingDetails> = state.lastShipping ??
    (user ? { name: user.name ?? undefined, email: user.email ?? undefined, ...(await addressOnly(user.id)) } : {});

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("title")}</h1>
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-6">
          {shortages.length > 0 ? (
            <Alert tone="error">
              {shortages.map((line) => (line.available === 0 ? t("soldOut", { name: line.name }) : t("onlyLeft", { count: line.available, name: line.name }))).join(" ")}{" "}
              {t.rich("updateCart", {
                link: linkTo("/cart", { className: "font-semibold underline" }),
              })}
            </Alert>
          ) : null}

          {payment ? (
            <>
              <Section
                id="shipping"
                title={t("shippingTo")}
                action={
                  <Link href="/checkout?step=shipping" className="text-sm font-medium text-leaf-700 underline">
                    {t("change")}
                  </Link>
                }
              >
                <PostalAddress address={payment.shipping} />
              </Section>
              <Section id="payment" title={t("payment")} className="flex flex-col gap-4">
                <p className="text-sm text-stone-600">{t("reserved", { minutes: minutesLeft(payment.expiresAt) })}</p>
                {payment.lastError ? <Alert tone="error">{t("lastFailed", { error: await noticeText(payment.lastError) })}</Alert> : null}
                <ClientTranslations namespaces={["CardForm", "Declines"]}>
                  <PaymentSection
                    clientSecret={payment.clientSecret}
                    returnUrl="/checkout/complete"
                    payLabel={t("pay", { amount: formatCents(payment.totals.totalCents, SHOP_CURRENCY, locale) })}
                  />
                </ClientTranslations>
              </Section>
            </>
          ) : (
            <Section id="shipping" title={t("shippingDetails")} className="flex flex-col gap-4">
              {user ? null : (
                <p className="text-sm text-stone-600">
                  {t.rich("guest", {
                    link: linkTo("/login?callbackUrl=%2Fcheckout", { className: "font-medium text-leaf-700 underline" }),
                  })}
                </p>
              )}
              <ClientTranslations namespaces={["ShippingForm", "ShippingErrors", "Countries"]}>
                <ShippingForm initial={prefill} />
              </ClientTranslations>
            </Section>
          )}
        </div>

        <Section as="aside" id="summary" title={t("summary")} className="flex h-fit flex-col gap-4">
          <OrderSummary
            lines={lines.map((line) => ({
              key: line.productId,
              name: line.name,
              quantity: line.quantity,
              unitPriceCents: line.unitPriceCents,
              product: { id: line.productId, name: line.name, image: line.image, photo: line.photo },
            }))}
            totals={payment?.totals ?? state.totals}
          />
          <Link href="/cart" className="text-center text-sm font-medium text-leaf-700 hover:underline">
            {t("editCart")}
          </Link>
        </Section>
      </div>
    </div>
  );
}

async function addressOnly(userId: string): Promise<Partial<ShippingDetails>> {
  const last = await lastShippingForUser(userId);
  return last ? { address: last.address, city: last.city, postalCode: last.postalCode, country: last.country } : {};
}

function minutesLeft(expiresAt: Date): number {
  return Math.max(1, Math.ceil((expiresAt.getTime() - Date.now()) / 60_000));
}
