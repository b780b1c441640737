import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { buttonClass } from "@/components/ui/button";
import { requireSignedIn } from "@/lib/auth";
import { LOCALE_FORMAT_TAGS } from "@/lib/i18n/locales";
import { formatCents } from "@/lib/money/format";
import { listOrdersForUser } from "@/lib/orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Orders");
  return { title: t("title"), description: t("description") };
}

export default async function OrdersPage() {
  const user = await requireSignedIn("/orders");
  const orders = await listOrdersForUser(user.id);
  const t = await getTranslations("Orders");
  const locale = await getLocale();
  const dateFormat = new Intl.DateTimeFormat(LOCALE_FORMAT_TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("title")}</h1>
      {orders.length === 0 ? (
        <div className="flex flex-col items-start gap-3 rounded-2xl border border-stone-200 bg-white p-6">
          <p className="text-stone-700">{t("none")}</p>
          <Link href="/shop" className={buttonClass("primary")}>
            {t("browse")}
          </Link>
        </div>
      ) : (
        <ul aria-label={t("list")} className="flex flex-col divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {orders.map((order) => (
            <li key={order.id}>
              <Link href={`/orders/${order.id}`} className="flex flex-col gap-2 p-4 hover:bg-soil-50 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex flex-col gap-1">
                  <span className="font-semibold text-stone-900">{t("order", { id: order.id })}</span>
                  <span className="text-sm text-stone-600">
                    {dateFormat.format(order.createdAt)} UTC · {t("items", { count: order.itemCount })}
                  </span>
                  {order.paymentIntentId ? <span className="font-mono text-xs text-stone-600">{order.paymentIntentId}</span> : null}
                </div>
                <div className="flex items-center gap-4">
                  <OrderStatusBadge status={order.status} />
                  <span className="w-24 text-right font-semibold tabular-nums text-stone-900">{formatCents(order.totalCents, order.currency, locale)}</span>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
