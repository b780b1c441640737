import { useTranslations } from "next-intl";
import { OrderItemsTable } from "@/components/orders/order-items-table";
import { orderAddress, PostalAddress } from "@/components/orders/postal-address";
import { Section } from "@/components/ui/section";
import type { OrderDetail } from "@/lib/orders/queries";

/** Items, totals, payment reference and shipping address of one order (copied at purchase). */
export function OrderReceipt({ order }: { order: OrderDetail }) {
  const t = useTranslations("Receipt");
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <Section id="items" title={t("items")}>
        <OrderItemsTable items={order.items} totals={order} currency={order.currency} />
      </Section>
      <div className="flex flex-col gap-6">
        <Section id="address" title={t("address")}>
          <PostalAddress address={orderAddress(order)} />
          <p className="mt-2 text-sm text-stone-600">{order.email}</p>
        </Section>
        {order.paymentIntentId ? (
          <Section id="payment-ref" title={t("payment")}>
            <p className="mt-2 break-all font-mono text-xs text-stone-700" data-testid="payment-intent-id">
              {order.paymentIntentId}
            </p>
          </Section>
        ) : null}
      </div>
    </div>
  );
}
