import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { orderTotalRows, totalsText } from "@/components/orders/order-totals";
import { SummaryList } from "@/components/orders/summary-list";
import { ProductImage } from "@/components/shop/product-image";
import type { OrderDetailItem } from "@/lib/orders/queries";
import { formatCents } from "@/lib/money/format";

type Totals = { subtotalCents: number; shippingCents: number; totalCents: number; refundedCents?: number };

const th = "py-1 text-right font-medium";
const td = "py-2 text-right tabular-nums";

/**
 * An order's lines (copied at purchase), each with its product's picture while the product exists,
 * and its totals: the shopper's receipt and the admin order page. `itemHref` links a line whose
 * product still exists.
 */
export function OrderItemsTable({
  items,
  totals,
  currency,
  itemHref,
}: {
  items: readonly OrderDetailItem[];
  totals: Totals;
  currency: string;
  itemHref?: (productId: number) => string;
}) {
  const t = useTranslations("Receipt");
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, currency, locale);
  return (
    <>
      <table className="mt-3 w-full text-sm">
        <thead className="text-left text-stone-600">
          <tr>
            <th scope="col" className="py-1 font-medium">
              {t("item")}
            </th>
            {[t("qty"), t("price"), t("total")].map((label) => (
              <th key={label} scope="col" className={th}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {items.map((item) => (
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
                  {itemHref && item.productId ? (
                    <Link href={itemHref(item.productId)} className="text-leaf-700 hover:underline">
                      {item.name}
                    </Link>
                  ) : (
                    item.name
                  )}
                </span>
              </td>
              <td className={td}>{item.quantity}</td>
              <td className={td}>{money(item.unitPriceCents)}</td>
              <td className={td}>{money(item.unitPriceCents * item.quantity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SummaryList rows={orderTotalRows(totals, { text: totalsText(t), currency, locale })} className="mt-4 gap-1 border-t border-stone-200 pt-3 text-sm" />
    </>
  );
}
