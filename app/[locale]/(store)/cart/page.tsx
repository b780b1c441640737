import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CartLineControls } from "@/components/cart/cart-line-controls";
import { ProductImage } from "@/components/shop/product-image";
import { stockLevel } from "@/lib/catalog/stock";
import { SummaryList } from "@/components/orders/summary-list";
import { ButtonLink, NextSteps, TextLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { currentUser } from "@/lib/auth";
import { getCart } from "@/lib/cart";
import { inShopperLanguage } from "@/lib/catalog/names";
import { readCartId } from "@/lib/cart/cookie";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { removeCartItem, updateCartItem } from "@/app/(store)/cart/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cart");
  return { title: t("title"), description: t("description") };
}

export default async function CartPage() {
  const t = await getTranslations("Cart");
  const lineText = await getTranslations("CartLine");
  const locale = await getLocale();
  const money = (cents: number) => formatCents(cents, SHOP_CURRENCY, locale);
  const cartId = await readCartId((await currentUser())?.id);
  const stored = cartId ? await getCart(cartId) : null;
  const cart = stored && { ...stored, lines: await inShopperLanguage(stored.lines, locale) };

  if (!cart || cart.lines.length === 0) {
    return (
      <EmptyState layout="page" title={t("empty")} body={t("emptyBody")}>
        <NextSteps primary={{ href: "/shop", label: t("browse") }} secondary={{ href: "/assistant", label: t("findRecipe") }} className="justify-center" />
      </EmptyState>
    );
  }

  const overStock = cart.lines.filter((line) => line.quantity > line.stock);

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("title")}</h1>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <ul aria-label={t("items")} className="flex h-fit flex-col divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {cart.lines.map((line) => (
            <li key={line.productId} className="flex flex-col gap-4 p-4 sm:flex-row sm:items-center">
              <ProductImage
                product={{ id: line.productId, name: line.name, image: line.image, photo: line.photo }}
                alt=""
                sizes="6rem"
                className="h-18 w-24 rounded-lg bg-soil-100 object-cover"
              />
              <div className="flex flex-1 flex-col gap-1">
                <Link href={`/shop/${line.slug}`} className="font-semibold text-stone-900 hover:text-leaf-700">
                  {line.name}
                </Link>
                <p className="text-sm text-stone-600">{t("each", { price: money(line.unitPriceCents) })}</p>
                {stockLevel(line.stock) === "sold-out" ? (
                  <p className="text-sm font-medium text-red-700">{t("soldOutSince")}</p>
                ) : line.quantity > line.stock ? (
                  <p className="text-sm font-medium text-amber-800">{t("onlyLeft", { count: line.stock })}</p>
                ) : null}
              </div>
              <CartLineControls
                productId={line.productId}
                quantity={line.quantity}
                update={updateCartItem}
                remove={removeCartItem}
                labels={{
                  quantityFor: lineText("quantityFor", { name: line.name }),
                  update: lineText("update"),
                  remove: lineText("remove"),
                  removeName: lineText("removeName", { name: line.name }),
                }}
              />
              <p className="w-24 text-right font-semibold text-stone-900 sm:text-base" aria-label={t("lineTotal", { name: line.name })}>
                {money(line.lineTotalCents)}
              </p>
            </li>
          ))}
        </ul>

        <Section as="aside" id="summary" title={t("summary")} className="flex h-fit flex-col gap-4">
          <SummaryList
            rows={[
              { label: t("itemCount"), value: cart.count },
              { label: t("subtotal"), value: money(cart.subtotalCents), tone: "total", testId: "cart-subtotal" },
            ]}
            className="gap-2 text-sm"
          />
          <p className="text-xs text-stone-600">{t("shippingLater")}</p>
          {overStock.length > 0 ? (
            <p role="alert" className="text-sm text-amber-800">
              {t("overStock")}
            </p>
          ) : null}
          <ButtonLink href="/checkout" className="w-full py-3">
            {t("checkout")}
          </ButtonLink>
          <TextLink href="/shop" className="text-center text-sm font-medium">
            {t("continue")}
          </TextLink>
        </Section>
      </div>
    </div>
  );
}
