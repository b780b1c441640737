import Link from "next/link";
import { OrderReceipt } from "@/components/orders/order-receipt";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { TrackingNumber } from "@/components/orders/tracking-number";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FULFILMENT_LABELS } from "@/lib/orders/fulfilment";
import type { OrderDetail } from "@/lib/orders/queries";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** One order as its shopper sees it: the signed-in /orders/[id] page and a guest's signed link. */
export function OrderView({ order, backLink }: { order: OrderDetail; backLink?: { href: string; label: string } }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {backLink ? (
          <Link href={backLink.href} className="text-sm font-medium text-leaf-700 hover:underline">
            {backLink.label}
          </Link>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-stone-900">Order {order.id}</h1>
          <OrderStatusBadge status={order.status} />
        </div>
        <p className="text-sm text-stone-600">Placed {dateFormat.format(order.createdAt)} UTC</p>
      </div>
      {order.status === "pending" ? (
        <Alert>
          This order is waiting for payment; its items are reserved until {dateFormat.format(order.expiresAt)} UTC.{" "}
          <Link href="/checkout" className="font-semibold underline">
            Continue to checkout
          </Link>
        </Alert>
      ) : null}
      {order.status === "failed" && order.failureMessage ? <Alert tone="error">The payment failed: {order.failureMessage}</Alert> : null}

      {order.paidAt && order.status !== "refunded" ? (
        <section aria-labelledby="delivery-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="delivery-heading" className="text-lg font-semibold text-stone-900">
            Delivery
          </h2>
          <p className="mt-1 text-stone-800" data-testid="fulfilment-status">
            {FULFILMENT_LABELS[order.fulfilment]}
            {order.shippedAt ? ` · shipped ${dateFormat.format(order.shippedAt)} UTC` : ""}
            {order.deliveredAt ? ` · delivered ${dateFormat.format(order.deliveredAt)} UTC` : ""}
          </p>
          {order.carrier && order.trackingNumber ? (
            <p className="mt-1 text-sm text-stone-700">
              {order.carrier}, tracking number <TrackingNumber carrier={order.carrier} trackingNumber={order.trackingNumber} />
            </p>
          ) : null}
        </section>
      ) : null}

      <OrderReceipt order={order} />

      <section aria-labelledby="history-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="history-heading" className="text-lg font-semibold text-stone-900">
          History
        </h2>
        <ol className="mt-3 flex flex-col gap-2 text-sm">
          {order.timeline.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
              <time dateTime={entry.createdAt.toISOString()} className="w-44 shrink-0 text-stone-600">
                {dateFormat.format(entry.createdAt)} UTC
              </time>
              <span className="text-stone-800">{entry.message}</span>
            </li>
          ))}
        </ol>
      </section>
      <Link href="/shop" className={buttonClass("ghost", "self-start")}>
        Continue shopping
      </Link>
    </div>
  );
}
