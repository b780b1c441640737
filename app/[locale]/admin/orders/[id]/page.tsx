import { notFound } from "next/navigation";
import { Badge, StatusBadge } from "@/components/admin/badge";
import { CancelOrderForm } from "@/components/admin/cancel-order-form";
import { FulfilmentForm } from "@/components/admin/fulfilment-form";
import { RefundForm } from "@/components/admin/refund-form";
import { TrackingNumber } from "@/components/orders/tracking-number";
import { PageHeader } from "@/components/admin/ui";
import { OrderItemsTable } from "@/components/orders/order-items-table";
import { orderAddress, PostalAddress } from "@/components/orders/postal-address";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { formatUtc } from "@/lib/admin/format";
import { requireAdmin } from "@/lib/admin/guard";
import { centsToDollarsInput } from "@/lib/admin/money";
import { getAdminOrder } from "@/lib/admin/orders";
import { refundState } from "@/lib/admin/refunds";
import { formatCents } from "@/lib/money/format";
import { FULFILMENT_LABELS, KNOWN_CARRIERS } from "@/lib/orders/fulfilment";
import { ORDER_STATUS_LABELS } from "@/lib/orders/status";
import { cancelOrderAction, fulfilOrderAction, refundOrderAction } from "@/app/admin/orders/actions";

export const metadata = { title: "Order" };

const timelineTones: Record<string, "green" | "red" | "amber" | "purple" | "blue" | "grey"> = {
  created: "blue",
  paid: "green",
  payment_failed: "red",
  failed: "red",
  canceled: "grey",
  refund_requested: "amber",
  refunded: "purple",
  restocked: "blue",
  shortage: "red",
  refund_failed: "red",
  packed: "blue",
  shipped: "blue",
  delivered: "green",
  order_canceled: "grey",
};

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-stone-500">{label}</dt>
      <dd className="break-all">{children}</dd>
    </>
  );
}

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const { id } = await params;
  const result = await getAdminOrder(admin, decodeURIComponent(id).slice(0, 100));
  if (!result.ok) notFound();
  const { order, items, timeline, reservations, shortfall } = result;
  const refunds = await refundState(order);
  const money = (cents: number) => formatCents(cents, order.currency);
  const stockSummary = [
    reservations.active ? `${reservations.active} reserved` : "",
    reservations.committed ? `${reservations.committed} sold` : "",
    reservations.released ? `${reservations.released} released` : "",
    shortfall ? `${shortfall} short` : "",
    refunds.restocked ? "restocked" : "",
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <div className="flex flex-col gap-5">
      <PageHeader back={{ href: "/admin/orders", label: "Orders" }} title={`Order ${order.id}`} description={`${order.email} · created ${formatUtc(order.createdAt)}`}>
        <p className="text-base" data-testid="order-status">
          <StatusBadge status={order.status} label={ORDER_STATUS_LABELS[order.status]} />
        </p>
      </PageHeader>

      {shortfall > 0 ? (
        <Alert tone="error">
          <strong>Short of stock: {shortfall} {shortfall === 1 ? "unit" : "units"}.</strong> This payment succeeded after the reservation had been
          released and the units were sold meanwhile (see the timeline). Restock the product or refund the shopper.
        </Alert>
      ) : null}
      {refunds.waitingCents > 0 ? (
        <Alert tone="info">
          <strong>Refund requested — waiting for Stripe.</strong> Stripe has accepted {money(refunds.waitingCents)} that the order does not show yet; it
          updates when Stripe&apos;s charge.refunded event arrives.
        </Alert>
      ) : null}
      {refunds.stripeUnavailable ? <Alert tone="error">Stripe could not be reached to list this order&apos;s refunds; amounts below are the order&apos;s own.</Alert> : null}

      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-5">
          <section aria-labelledby="items-heading">
            <h2 id="items-heading" className="mb-2 text-lg font-semibold">
              Items
            </h2>
            <div className="rounded-lg border border-stone-200 bg-white px-4 pb-4">
              <OrderItemsTable
                items={items}
                // The refunded figure is the payment panel's, which also counts refunds Stripe has not reported yet.
                totals={{ subtotalCents: order.subtotalCents, shippingCents: order.shippingCents, totalCents: order.totalCents }}
                currency={order.currency} itemHref={(productId) => `/admin/products/${productId}`} />
            </div>
          </section>

          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
              Timeline
            </h2>
            <ol className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 text-sm" aria-label="Order timeline">
              {timeline.length === 0 ? <li className="text-stone-500">No events yet.</li> : null}
              {timeline.map((entry) => (
                <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <time className="w-48 shrink-0 font-mono text-xs text-stone-500" dateTime={entry.createdAt.toISOString()}>
                    {formatUtc(entry.createdAt)}
                  </time>
                  <Badge tone={timelineTones[entry.type] ?? "grey"}>{entry.type.replace(/_/g, " ")}</Badge>
                  <span className="min-w-0 flex-1 text-stone-800">{entry.message}</span>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div className="flex flex-col gap-5">
          <Section id="payment" title="Payment" look="compact">
            <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              <Row label="PaymentIntent">
                <span className="font-mono text-xs">{order.paymentIntentId ?? "—"}</span>
              </Row>
              <Row label="Paid">{formatUtc(order.paidAt)}</Row>
              <Row label="Total">{money(order.totalCents)}</Row>
              <Row label="Refunded">
                <span data-testid="refunded-amount">{money(refunds.refundedCents)}</span>
              </Row>
              {refunds.waitingCents > 0 ? <Row label="Awaiting Stripe">{money(refunds.waitingCents)}</Row> : null}
              <Row label="Stock">{stockSummary || "—"}</Row>
              {order.failureMessage ? <Row label="Last failure">{order.failureMessage}</Row> : null}
            </dl>
          </Section>

          <Section id="fulfilment" title="Fulfilment" look="compact">
            <dl className="mb-3 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              <Row label="Status">
                <span data-testid="fulfilment-status">{FULFILMENT_LABELS[order.fulfilment]}</span>
              </Row>
              {order.carrier ? <Row label="Carrier">{order.carrier}</Row> : null}
              {order.trackingNumber ? (
                <Row label="Tracking">
                  <TrackingNumber carrier={order.carrier} trackingNumber={order.trackingNumber} />
                </Row>
              ) : null}
            </dl>
            {order.status === "paid" || order.status === "partially_refunded" ? (
              <div className="flex flex-col gap-3">
                <FulfilmentForm action={fulfilOrderAction} orderId={order.id} fulfilment={order.fulfilment} carriers={KNOWN_CARRIERS} />
                {order.fulfilment === "unfulfilled" || order.fulfilment === "packed" || order.fulfilment === "canceled" ? (
                  <CancelOrderForm action={cancelOrderAction} orderId={order.id} refundLabel={money(refunds.refundableCents)} />
                ) : null}
              </div>
            ) : order.fulfilment === "canceled" ? (
              <p className="text-sm text-stone-600">Canceled {formatUtc(order.canceledAt)} before shipping.</p>
            ) : (
              <p className="text-sm text-stone-600">Only a paid order that is not refunded in full can be packed and shipped.</p>
            )}
          </Section>

          <Section id="refund" title="Refund" look="compact">
            <RefundForm
              action={refundOrderAction}
              orderId={order.id}
              requestId={crypto.randomUUID()}
              refundable={centsToDollarsInput(refunds.refundableCents)}
              refundableLabel={money(refunds.refundableCents)}
              restocked={refunds.restocked}
              closedReason={
                refunds.canRefund
                  ? null
                  : order.paidAt && (order.status === "refunded" || refunds.refundableCents === 0)
                    ? "Nothing is left to refund."
                    : "Only a paid order can be refunded."
              }
            />
          </Section>

          <Section id="shipping" title="Ship to" look="compact" className="text-sm">
            <PostalAddress address={orderAddress(order)} className="not-italic leading-relaxed" />
          </Section>
        </div>
      </div>
    </div>
  );
}
