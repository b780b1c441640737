import type { Metadata } from "next";
import Link from "next/link";
import { CartLineControls } from "@/components/cart/cart-line-controls";
import { ProductImage } from "@/components/shop/product-image";
import { stockLevel } from "@/lib/catalog/stock";
import { SummaryList } from "@/components/orders/summary-list";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { currentUser } from "@/lib/auth";
import { getCart } from "@/lib/cart";
import { readCartId } from "@/lib/cart/cookie";
import { formatCents } from "@/lib/money/format";
import { removeCartItem, updateCartItem } from "./actions";

export const metadata: Metadata = {
  title: "Your cart",
  description: "The groceries in your Beyond Earth cart, ready to check out.",
};

export default async function CartPage() {
  const cartId = await readCartId((await currentUser())?.id);
  const cart = cartId ? await getCart(cartId) : null;

  if (!cart || cart.lines.length === 0) {
    return (
      <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">Your cart is empty</h1>
        <p className="text-stone-600">Fill it with seasonal produce, pantry staples and fresh bread — or ask the recipe assistant what to cook.</p>
        <div className="flex gap-3">
          <Link href="/shop" className={buttonClass("primary")}>
            Browse the shop
          </Link>
          <Link href="/assistant" className={buttonClass("secondary")}>
            Find a recipe
          </Link>
        </div>
      </div>
    );
  }

  const overStock = cart.lines.filter((line) => line.quantity > line.stock);

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">Your cart</h1>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <ul aria-label="Cart items" className="flex h-fit flex-col divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
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
                <p className="text-sm text-stone-600">{formatCents(line.unitPriceCents)} each</p>
                {stockLevel(line.stock) === "sold-out" ? (
                  <p className="text-sm font-medium text-red-700">Sold out since you added it — remove it to check out.</p>
                ) : line.quantity > line.stock ? (
                  <p className="text-sm font-medium text-amber-800">Only {line.stock} left — lower the quantity to check out.</p>
                ) : null}
              </div>
              <CartLineControls productId={line.productId} name={line.name} quantity={line.quantity} update={updateCartItem} remove={removeCartItem} />
              <p className="w-24 text-right font-semibold text-stone-900 sm:text-base" aria-label={`Line total for ${line.name}`}>
                {formatCents(line.lineTotalCents)}
              </p>
            </li>
          ))}
        </ul>

        <Section as="aside" id="summary" title="Order summary" className="flex h-fit flex-col gap-4">
          <SummaryList
            rows={[
              { label: "Items", value: cart.count },
              { label: "Subtotal", value: formatCents(cart.subtotalCents), tone: "total", testId: "cart-subtotal" },
            ]}
            className="gap-2 text-sm"
          />
          <p className="text-xs text-stone-600">Shipping is worked out at checkout.</p>
          {overStock.length > 0 ? (
            <p role="alert" className="text-sm text-amber-800">
              Some items have less stock than your cart holds. Adjust them before checking out.
            </p>
          ) : null}
          <Link href="/checkout" className={buttonClass("primary", "w-full py-3")}>
            Checkout
          </Link>
          <Link href="/shop" className="text-center text-sm font-medium text-leaf-700 hover:underline">
            Continue shopping
          </Link>
        </Section>
      </div>
    </div>
  );
}
