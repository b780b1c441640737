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
  categories,
}: {
  action: (state: ProductFormState, form: FormData) => Promise<ProductFormState>;
  productId: number;
  /** The stock as this page read it; the server refuses to overwrite a different value blindly. */
  stock: number;
  initial: ProductFormValues;
  categories: { slug: string; name: string }[];
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
      <Field label="Name" name="name" defaultValue={values.name} errors={errors?.name} maxLength={120} />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-description" className="text-sm font-medium text-stone-800">
          Description
        </label>
        <textarea
          id="field-description"
          name="description"
          rows={4}
          defaultValue={values.description}
          aria-invalid={errors?.description?.length ? true : undefined}
          aria-describedby={errors?.description?.length ? "field-description-error" : undefined}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
        />
        {errors?.description?.length ? (
          <p id="field-description-error" className="text-sm text-red-700">
            {errors.description[0]}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-category" className="text-sm font-medium text-stone-800">
          Category
        </label>
        <select
          id="field-category"
          name="category"
          defaultValue={values.category}
          aria-invalid={errors?.category?.length ? true : undefined}
          aria-describedby={errors?.category?.length ? "field-category-error" : undefined}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
        >
          {categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
        {errors?.category?.length ? (
          <p id="field-category-error" className="text-sm text-red-700">
            {errors.category[0]}
          </p>
        ) : null}
      </div>
      <Field label="Tags" name="tags" defaultValue={values.tags} errors={errors?.tags} hint="Separated by commas, e.g. vegan, gluten-free" />
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
