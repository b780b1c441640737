import type { Metadata } from "next";
import Link from "next/link";
import { OrderReceipt } from "@/components/orders/order-receipt";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { verifyCheckoutReturn } from "@/lib/checkout/complete";
import { formatCents } from "@/lib/money/format";

export const metadata: Metadata = { title: "Order confirmation", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Stripe's return URL. Everything shown is read on the server; the query string only says which payment. */
export default async function CheckoutCompletePage({ searchParams }: { searchParams: SearchParams }) {
  const outcome = await verifyCheckoutReturn(await searchParams);
  if (outcome.kind === "not_found") {
    return (
      <div className="mx-auto flex max-w-lg flex-col gap-4 py-16 text-center">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">We could not find that payment</h1>
        <p className="text-stone-600">The link may be incomplete. If you were charged, your confirmation email has your order number.</p>
        <Link href="/shop" className={buttonClass("primary", "self-center")}>
          Back to the shop
        </Link>
      </div>
    );
  }

  const user = await currentUser();
  const ownOrder = user !== null && outcome.order.userId === user.id;
  const order = outcome.order;

  return (
    <div className="flex flex-col gap-6">
      {outcome.kind === "paid" ? (
        <header className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight text-leaf-900">Thank you — your order is confirmed</h1>
          <p className="text-lg text-stone-800" data-testid="total-charged">
            Total charged: {formatCents(outcome.amountChargedCents, outcome.currency)}
          </p>
          <p className="text-sm text-stone-600">
            Order <span className="font-semibold">{order.id}</span> · payment <span className="font-mono">{outcome.paymentIntentId}</span> · a receipt goes to{" "}
            {order.email}.
          </p>
          {order.refundedCents > 0 ? (
            <p className="text-sm text-sky-900">{formatCents(order.refundedCents, order.currency)} of it has since been refunded.</p>
          ) : null}
        </header>
      ) : (
        <header className="flex flex-col gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-stone-900">
            {outcome.kind === "processing" ? "Your payment is processing" : "Your payment did not go through"}
          </h1>
          {outcome.kind === "processing" ? (
            <Alert>Your bank is still confirming the payment for order {order.id}. This page will show the confirmation once it completes; nothing more is needed from you.</Alert>
          ) : outcome.kind === "failed" ? (
            <Alert tone="error">{outcome.message} You have not been charged.</Alert>
          ) : outcome.kind === "needs_authentication" ? (
            <Alert tone="error">Your bank asked to confirm the payment, and that was not finished. You have not been charged.</Alert>
          ) : (
            <Alert tone="error">This payment was canceled, so you have not been charged.</Alert>
          )}
          {order.status === "pending" && outcome.kind !== "processing" ? (
            <div className="flex flex-wrap gap-3">
              <Link href="/checkout" className={buttonClass("primary")}>
                Try another card
              </Link>
              {outcome.kind === "needs_authentication" && outcome.authenticationUrl ? (
                <a href={outcome.authenticationUrl} className={buttonClass("secondary")}>
                  Confirm with your bank
                </a>
              ) : null}
            </div>
          ) : outcome.kind !== "processing" ? (
            <p className="text-sm text-stone-600">
              The reservation for these items has ended.{" "}
              <Link href="/cart" className="font-semibold text-leaf-700 underline">
                Go to your cart
              </Link>{" "}
              to start again.
            </p>
          ) : null}
          <p className="text-xs text-stone-600">
            Payment reference <span className="font-mono">{outcome.paymentIntentId}</span>
          </p>
        </header>
      )}

      <OrderReceipt order={order} />

      <div className="flex flex-wrap gap-3">
        {ownOrder ? (
          <Link href={`/orders/${order.id}`} className={buttonClass("secondary")}>
            View in your orders
          </Link>
        ) : null}
        <Link href="/shop" className={buttonClass("ghost")}>
          Continue shopping
        </Link>
      </div>
    </div>
  );
}
