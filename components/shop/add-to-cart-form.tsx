import Link from "next/link";
import type { CartAction } from "@/components/cart/use-cart-action";
import { FieldFrame } from "@/components/ui/field-frame";
import { AddToCartButton, AddToCartQuantity, AddToCartState } from "./add-to-cart-state";

/**
 * A product's quantity box and button, rendered here, on the server; the parts that follow the
 * action's answer (add-to-cart-state.tsx: the box's error, the button's "Adding…", the messages
 * below) are the only ones the browser runs. `labels` are in the page's language.
 */
export function AddToCartForm({
  productId,
  soldOut,
  action,
  labels,
}: {
  productId: number;
  soldOut: boolean;
  action: CartAction;
  labels: { quantity: string; adding: string; addToCart: string; viewCart: string };
}) {
  return (
    <AddToCartState
      action={action}
      viewCart={
        <Link href="/cart" className="font-semibold underline underline-offset-2">
          {labels.viewCart}
        </Link>
      }
    >
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        {/* Its error shows below the button row, as an alert. */}
        <FieldFrame id="add-quantity" label={labels.quantity}>
          <AddToCartQuantity
            disabled={soldOut}
            className="w-24 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm max-sm:min-h-11 aria-invalid:border-red-600 disabled:bg-stone-100"
          />
        </FieldFrame>
        <AddToCartButton disabled={soldOut} label={labels.addToCart} pending={labels.adding} />
      </div>
    </AddToCartState>
  );
}
