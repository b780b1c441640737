"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ProductFormState, ProductFormValues } from "./product-form-state";

export function ProductForm({
  action,
  productId,
  stock,
  initial,
}: {
  action: (state: ProductFormState, form: FormData) => Promise<ProductFormState>;
  productId: number;
  /** The stock as this page read it; the server refuses to overwrite a different value blindly. */
  stock: number;
  initial: ProductFormValues;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  // React resets a form after its action; what was typed comes back as the defaults.
  const values = state.values ?? initial;
  const errors = state.ok === false ? state.fieldErrors : undefined;

  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={productId} />
      <input type="hidden" name="expectedStock" value={stock} />
      {state.ok === true ? <Alert tone="success">{state.message}</Alert> : null}
      {state.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      <Field label="Price (USD)" name="price" inputMode="decimal" defaultValue={values.price} errors={errors?.price} hint="Dollars and cents, e.g. 4.50" />
      <Field
        label="Stock"
        name="stock"
        inputMode="numeric"
        defaultValue={values.stock}
        errors={errors?.stock}
        hint="Units available to sell now (units held by open checkouts are already taken out)"
      />
      <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
        <input type="checkbox" name="visible" defaultChecked={values.visible} className="size-4 accent-leaf-700" />
        Visible in the shop
      </label>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
