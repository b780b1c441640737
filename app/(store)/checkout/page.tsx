import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OrderSummary } from "@/components/checkout/order-summary";
import { PostalAddress } from "@/components/orders/postal-address";
import { PaymentSection } from "@/components/checkout/payment-section";
import { ShippingForm } from "@/components/checkout/shipping-form";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { readCartId } from "@/lib/cart/cookie";
import { lastShippingForUser, loadCheckout } from "@/lib/checkout";
import type { ShippingDetails } from "@/lib/checkout/shipping";
import { formatCents } from "@/lib/money/format";

export const metadata: Metadata = {
  title: "Checkout",
  description: "Check out your Beyond Earth basket: shipping details and payment.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const { step } = await searchParams;
  const user = await currentUser();
  const state = await loadCheckout(await readCartId(user?.id), user?.id ?? null);
  if (state.paidOrderUrl) redirect(state.paidOrderUrl);

  if (state.lines.length === 0) {
    return (
      <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">Your cart is empty</h1>
        <p className="text-stone-600">Add something from the shop, then come back here to check out.</p>
        <Link href="/shop" className={buttonClass("primary")}>
          Browse the shop
        </Link>
      </div>
    );
  }

  const payment = step === "shipping" ? null : state.payment;
  const prefill: Partial<ShippingDetails> = state.lastShipping ??
    (user ? { name: user.name ?? undefined, email: user.email ?? undefined, ...(await addressOnly(user.id)) } : {});

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">Checkout</h1>
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-6">
          {state.shortages.length > 0 ? (
            <Alert tone="error">
              {state.shortages.map((line) => (line.available === 0 ? `${line.name} is sold out.` : `Only ${line.available} of ${line.name} left.`)).join(" ")}{" "}
              <Link href="/cart" className="font-semibold underline">
                Update your cart
              </Link>{" "}
              before paying.
            </Alert>
          ) : null}

          {payment ? (
            <>
              <Section
                id="shipping"
                title="Shipping to"
                action={
                  <Link href="/checkout?step=shipping" className="text-sm font-medium text-leaf-700 underline">
                    Change
                  </Link>
                }
              >
                <PostalAddress address={payment.shipping} />
              </Section>
              <Section id="payment" title="Payment" className="flex flex-col gap-4">
                <p className="text-sm text-stone-600">
                  Your items are reserved for you for another {minutesLeft(payment.expiresAt)} minutes. Card details go straight to our payment
                  provider; we never see or store them.
                </p>
                {payment.lastError ? <Alert tone="error">Your last payment attempt failed: {payment.lastError} Please try another card.</Alert> : null}
                <PaymentSection clientSecret={payment.clientSecret} returnUrl="/checkout/complete" payLabel={`Pay ${formatCents(payment.totals.totalCents)}`} />
              </Section>
            </>
          ) : (
            <Section id="shipping" title="Shipping details" className="flex flex-col gap-4">
              {user ? null : (
                <p className="text-sm text-stone-600">
                  Checking out as a guest.{" "}
                  <Link href="/login?callbackUrl=%2Fcheckout" className="font-medium text-leaf-700 underline">
                    Sign in
                  </Link>{" "}
                  to keep this order in your history.
                </p>
              )}
              <ShippingForm initial={prefill} />
            </Section>
          )}
        </div>

        <Section as="aside" id="summary" title="Order summary" className="flex h-fit flex-col gap-4">
          <OrderSummary
            lines={state.lines.map((line) => ({
              key: line.productId,
              name: line.name,
              quantity: line.quantity,
              unitPriceCents: line.unitPriceCents,
              product: { id: line.productId, name: line.name, image: line.image, photo: line.photo },
            }))}
            totals={payment?.totals ?? state.totals}
          />
          <Link href="/cart" className="text-center text-sm font-medium text-leaf-700 hover:underline">
            Edit cart
          </Link>
        </Section>
      </div>
    </div>
  );
}

async function addressOnly(userId: string): Promise<Partial<ShippingDetails>> {
  const last = await lastShippingForUser(userId);
  return last ? { address: last.address, city: last.city, postalCode: last.postalCode, country: last.country } : {};
}

function minutesLeft(expiresAt: Date): number {
  return Math.max(1, Math.ceil((expiresAt.getTime() - Date.now()) / 60_000));
}
