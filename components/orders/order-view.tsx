import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { OrderReceipt } from "@/components/orders/order-receipt";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { TrackingNumber } from "@/components/orders/tracking-number";
import { translateTimelineEntry } from "@/components/orders/timeline-text";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { LOCALE_FORMAT_TAGS } from "@/lib/i18n/locales";
import { formatCents } from "@/lib/money/format";
import { declineKeyOfSentence } from "@/lib/payments/errors";
import type { OrderDetail } from "@/lib/orders/queries";

/** One order as its shopper sees it: the signed-in /orders/[id] page and a guest's signed link. */
export function OrderView({ order, backLink }: { order: OrderDetail; backLink?: { href: string; label: string } }) {
  const t = useTranslations("OrderDetail");
  const fulfilment = useTranslations("Fulfilment");
  const timelineText = useTranslations("OrderTimeline");
  const declines = useTranslations("Declines");
  const reason = (english: string) => {
    const key = declineKeyOfSentence(english);
    return key ? declines(key) : english;
  };
  const locale = useLocale();
  const dateFormat = new Intl.DateTimeFormat(LOCALE_FORMAT_TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const money = (cents: number) => formatCents(cents, order.currency, locale);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {backLink ? (
          <Link href={backLink.href} className="text-sm font-medium text-leaf-700 hover:underline">
            {backLink.label}
          </Link>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("heading", { id: order.id })}</h1>
          <OrderStatusBadge status={order.status} />
        </div>
        <p className="text-sm text-stone-600">{t("placed", { date: dateFormat.format(order.createdAt) })}</p>
      </div>
      {order.status === "pending" ? (
        <Alert>
          {t("pending", { date: dateFormat.format(order.expiresAt) })}{" "}
          <Link href="/checkout" className="font-semibold underline">
            {t("continueCheckout")}
          </Link>
        </Alert>
      ) : null}
      {order.status === "failed" && order.failureMessage ? <Alert tone="error">{t("failed", { reason: order.failureMessage })}</Alert> : null}

      {order.paidAt && order.status !== "refunded" ? (
        <section aria-labelledby="delivery-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="delivery-heading" className="text-lg font-semibold text-stone-900">
            {t("delivery")}
          </h2>
          <p className="mt-1 text-stone-800" data-testid="fulfilment-status">
            {fulfilment(order.fulfilment)}
            {order.shippedAt ? t("shippedOn", { date: dateFormat.format(order.shippedAt) }) : ""}
            {order.deliveredAt ? t("deliveredOn", { date: dateFormat.format(order.deliveredAt) }) : ""}
          </p>
          {order.carrier && order.trackingNumber ? (
            <p className="mt-1 text-sm text-stone-700">
              {t("tracking", { carrier: order.carrier })} <TrackingNumber carrier={order.carrier} trackingNumber={order.trackingNumber} />
            </p>
          ) : null}
        </section>
      ) : null}

      <OrderReceipt order={order} />

      <section aria-labelledby="history-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="history-heading" className="text-lg font-semibold text-stone-900">
          {t("history")}
        </h2>
        <ol className="mt-3 flex flex-col gap-2 text-sm">
          {order.timeline.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
              <time dateTime={entry.createdAt.toISOString()} className="w-44 shrink-0 text-stone-600">
                {dateFormat.format(entry.createdAt)} UTC
              </time>
              <span className="text-stone-800">{translateTimelineEntry(entry, timelineText, money, reason)}</span>
            </li>
          ))}
        </ol>
      </section>
      <Link href="/shop" className={buttonClass("ghost", "self-start")}>
        {t("continueShopping")}
      </Link>
    </div>
  );
}
