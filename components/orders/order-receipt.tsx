import { useLocale, useTranslations } from "next-intl";
import { isCountryCode } from "@/lib/checkout/shipping";
import { formatCents } from "@/lib/money/format";
import type { OrderDetail } from "@/lib/orders/queries";

/** Items, totals, payment reference and shipping address of one order (copied at purchase). */
export function OrderReceipt({ order }: { order: OrderDetail }) {
  const t = useTranslations("Receipt");
  const country = useTranslations("Countries");
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, order.currency, locale);
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <section aria-labelledby="items-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="items-heading" className="text-lg font-semibold text-stone-900">
          {t("items")}
        </h2>
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-stone-600">
            <tr>
              <th scope="col" className="py-1 font-medium">
                {t("item")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("qty")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("price")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {order.items.map((item) => (
              <tr key={item.id}>
                <td className="py-2">{item.name}</td>
                <td className="py-2 text-right tabular-nums">{item.quantity}</td>
                <td className="py-2 text-right tabular-nums">{money(item.unitPriceCents)}</td>
                <td className="py-2 text-right tabular-nums">{money(item.unitPriceCents * item.quantity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="mt-4 flex flex-col gap-1 border-t border-stone-200 pt-3 text-sm">
          <div className="flex justify-between">
            <dt className="text-stone-600">{t("subtotal")}</dt>
            <dd className="tabular-nums">{money(order.subtotalCents)}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-stone-600">{t("shipping")}</dt>
            <dd className="tabular-nums">{order.shippingCents === 0 ? t("free") : money(order.shippingCents)}</dd>
          </div>
          <div className="flex justify-between text-base font-semibold">
            <dt>{t("total")}</dt>
            <dd className="tabular-nums">{money(order.totalCents)}</dd>
          </div>
          {order.refundedCents > 0 ? (
            <div className="flex justify-between text-sky-900">
              <dt>{t("refunded")}</dt>
              <dd className="tabular-nums">{money(order.refundedCents)}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="address-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="address-heading" className="text-lg font-semibold text-stone-900">
            {t("address")}
          </h2>
          <address className="mt-2 text-sm not-italic text-stone-700">
            {order.shippingName}
            <br />
            {order.shippingAddress}
            <br />
            {order.shippingPostalCode} {order.shippingCity}
            <br />
            {isCountryCode(order.shippingCountry) ? country(order.shippingCountry) : order.shippingCountry}
          </address>
          <p className="mt-2 text-sm text-stone-600">{order.email}</p>
        </section>
        {order.paymentIntentId ? (
          <section aria-labelledby="payment-ref-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
            <h2 id="payment-ref-heading" className="text-lg font-semibold text-stone-900">
              {t("payment")}
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
