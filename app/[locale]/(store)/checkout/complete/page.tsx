import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderReceipt } from "@/components/orders/order-receipt";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { verifyCheckoutReturn } from "@/lib/checkout/complete";
import { itemsInShopperLanguage } from "@/lib/catalog/names";
import { noticeText } from "@/lib/i18n/server";
import { formatCents } from "@/lib/money/format";
import { linkTo } from "@/components/ui/rich-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Complete"))("title"), referrer: "no-referrer" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Stripe's return URL. Everything shown is read on the server; the query string only says which payment. */
export default async function CheckoutCompletePage({ searchParams }: { searchParams: SearchParams }) {
  const outcome = await verifyCheckoutReturn(await searchParams);
  const t = await getTranslations("Complete");
  const locale = await getLocale();
  if (outcome.kind === "not_found") {
    return (
      <EmptyState layout="page" title={t("notFound")} body={t("notFoundBody")}>
        <ButtonLink href="/shop">{t("backToShop")}</ButtonLink>
      </EmptyState>
    );
  }

  const user = await currentUser();
  const ownOrder = user !== null && outcome.order.userId === user.id;
  const order = await itemsInShopperLanguage(outcome.order, locale);

  return (
    <div className="flex flex-col gap-6">
      {outcome.kind === "paid" ? (
        <header className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight text-leaf-900">{t("thanks")}</h1>
          <p className="text-lg text-stone-800" data-testid="total-charged">
            {t("charged", { amount: formatCents(outcome.amountChargedCents, outcome.currency, locale) })}
          </p>
          <p className="text-sm text-stone-600">
            {t.rich("reference", {
              order: order.id,
              payment: outcome.paymentIntentId,
              email: order.email,
              strong: (chunks) => <span className="font-semibold">{chunks}</span>,
              mono: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </p>
          {order.refundedCents > 0 ? (
            <p className="text-sm text-sky-900">{t("refunded", { amount: formatCents(order.refundedCents, order.currency, locale) })}</p>
          ) : null}
        </header>
      ) : (
        <header className="flex flex-col gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-stone-900">
            {outcome.kind === "processing" ? t("processing") : t("notThrough")}
          </h1>
          {outcome.kind === "processing" ? (
            <Alert>{t("processingBody", { order: order.id })}</Alert>
          ) : outcome.kind === "failed" ? (
            <Alert tone="error">{t("failedBody", { message: await noticeText(outcome.failure) })}</Alert>
          ) : outcome.kind === "needs_authentication" ? (
            <Alert tone="error">{t("authBody")}</Alert>
          ) : (
            <Alert tone="error">{t("canceledBody")}</Alert>
          )}
          {order.status === "pending" && outcome.kind !== "processing" ? (
            <div className="flex flex-wrap gap-3">
              <Link href="/checkout" className={buttonClass("primary")}>
                {t("tryAnother")}
              </Link>
              {outcome.kind === "needs_authentication" && outcome.authenticationUrl ? (
                <a href={outcome.authenticationUrl} className={buttonClass("secondary")}>
                  {t("confirmBank")}
                </a>
              ) : null}
            </div>
          ) : outcome.kind !== "processing" ? (
            <p className="text-sm text-stone-600">
              {t.rich("reservationEnded", {
                link: linkTo("/cart"),
              })}
            </p>
          ) : null}
          <p className="text-xs text-stone-600">
            {t("paymentReference")} <span className="font-mono">{outcome.paymentIntentId}</span>
          </p>
        </header>
      )}

      <OrderReceipt order={order} />

      <div className="flex flex-wrap gap-3">
        {ownOrder ? (
          <Link href={`/orders/${order.id}`} className={buttonClass("secondary")}>
            {t("viewOrder")}
          </Link>
        ) : null}
        <Link href="/shop" className={buttonClass("ghost")}>
          {t("continue")}
        </Link>
      </div>
    </div>
  );
}
