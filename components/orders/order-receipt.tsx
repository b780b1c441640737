import { ProductImage } from "@/components/shop/product-image";
import { countryName } from "@/lib/checkout/shipping";
import { formatCents } from "@/lib/money/format";
import type { OrderDetail } from "@/lib/orders/queries";

/** Items, totals, payment reference and shipping address of one order (copied at purchase). */
export function OrderReceipt({ order }: { order: OrderDetail }) {
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <section aria-labelledby="items-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="items-heading" className="text-lg font-semibold text-stone-900">
          Items
        </h2>
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-stone-600">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Item
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Qty
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Price
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Total
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {order.items.map((item) => (
              <tr key={item.id}>
                <td className="py-2">
                  <span className="flex items-center gap-3">
                    {item.productId !== null && item.image !== null ? (
                      <ProductImage
                        product={{ id: item.productId, name: item.name, image: item.image, photo: item.photo }}
                        alt=""
                        sizes="3rem"
                        className="h-9 w-12 shrink-0 rounded-md bg-soil-100 object-cover"
                      />
                    ) : null}
                    {item.name}
                  </span>
                </td>
                <td className="py-2 text-right tabular-nums">{item.quantity}</td>
                <td className="py-2 text-right tabular-nums">{formatCents(item.unitPriceCents, order.currency)}</td>
                <td className="py-2 text-right tabular-nums">{formatCents(item.unitPriceCents * item.quantity, order.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="mt-4 flex flex-col gap-1 border-t border-stone-200 pt-3 text-sm">
          <div className="flex justify-between">
            <dt className="text-stone-600">Subtotal</dt>
            <dd className="tabular-nums">{formatCents(order.subtotalCents, order.currency)}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-stone-600">Shipping</dt>
            <dd className="tabular-nums">{order.shippingCents === 0 ? "Free" : formatCents(order.shippingCents, order.currency)}</dd>
          </div>
          <div className="flex justify-between text-base font-semibold">
            <dt>Total</dt>
            <dd className="tabular-nums">{formatCents(order.totalCents, order.currency)}</dd>
          </div>
          {order.refundedCents > 0 ? (
            <div className="flex justify-between text-sky-900">
              <dt>Refunded</dt>
              <dd className="tabular-nums">{formatCents(order.refundedCents, order.currency)}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="address-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="address-heading" className="text-lg font-semibold text-stone-900">
            Shipping address
          </h2>
          <address className="mt-2 text-sm not-italic text-stone-700">
            {order.shippingName}
            <br />
            {order.shippingAddress}
            <br />
            {order.shippingPostalCode} {order.shippingCity}
            <br />
            {countryName(order.shippingCountry)}
          </address>
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
