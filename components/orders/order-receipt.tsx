import { OrderItemsTable } from "@/components/orders/order-items-table";
import { orderAddress, PostalAddress } from "@/components/orders/postal-address";
import type { OrderDetail } from "@/lib/orders/queries";

/** Items, totals, payment reference and shipping address of one order (copied at purchase). */
export function OrderReceipt({ order }: { order: OrderDetail }) {
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <section aria-labelledby="items-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="items-heading" className="text-lg font-semibold text-stone-900">
          Items
        </h2>
        <OrderItemsTable items={order.items} totals={order} currency={order.currency} />
      </section>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="address-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="address-heading" className="text-lg font-semibold text-stone-900">
            Shipping address
          </h2>
          <PostalAddress address={orderAddress(order)} />
          <p className="mt-2 text-sm text-stone-600">{order.email}</p>
        </section>
        {order.paymentIntentId ? (
          <section aria-labelledby="payment-ref-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
            <h2 id="payment-ref-heading" className="text-lg font-semibold text-stone-900">
              Payment
            </h2>
            <p className="mt-2 break-all font-mono text-xs text-stone-700" data-testid="payment-intent-id">
              {order.paymentIntentId}
            </p>
          </section>
        ) : null}
      </div>
    </div>
  );
}
