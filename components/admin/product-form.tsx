"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import type { NewProductFormState, NewProductValues, ProductFormState, ProductFormValues } from "./product-form-state";

type Categories = { slug: string; name: string }[];

type ProductFormProps =
  | {
      /** A new product; on success the action opens the product's page, where its photo is uploaded. */
      mode: "create";
      action: (state: NewProductFormState, form: FormData) => Promise<NewProductFormState>;
      categories: Categories;
    }
  | {
      mode: "edit";
      action: (state: ProductFormState, form: FormData) => Promise<ProductFormState>;
      categories: Categories;
      productId: number;
      /** The stock as this page read it; the server refuses to overwrite a different value blindly. */
      stock: number;
      initial: ProductFormValues;
    };

function blankProduct(categories: Categories): NewProductValues {
  const fields = { name: "", slug: "", description: "", tags: "", origin: "", sustainability: "", price: "" };
  return { ...fields, category: categories[0]?.slug ?? "", stock: "0", visible: true };
}

/** One form for creating a product and editing one: creating also asks for the slug, origin and sustainability notes. */
export function ProductForm(props: ProductFormProps) {
  const creating = props.mode === "create";
  // Both actions answer the state of their own fields; the form reads them as the wider of the two.
  const [state, formAction, pending] = useActionState(props.action as (state: NewProductFormState, form: FormData) => Promise<NewProductFormState>, {});
  // React resets a form after its action; what was typed comes back as the defaults.
  const values: Partial<NewProductValues> = state.values ?? (props.mode === "edit" ? props.initial : blankProduct(props.categories));
  const errors = state.ok === false ? state.fieldErrors : undefined;

  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={props.productId} />
          <input type="hidden" name="expectedStock" value={props.stock} />
        </>
      ) : null}
      {state.ok === true ? <Alert tone="success">{state.message}</Alert> : null}
      {state.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      <Field label="Name" name="name" defaultValue={values.name} errors={errors?.name} maxLength={120} />
      {creating ? (
        <Field label="Slug" name="slug" defaultValue={values.slug} errors={errors?.slug} hint="The shop address: /shop/<slug>, e.g. dome-radishes" />
      ) : null}
      <TextAreaField label="Description" name="description" rows={creating ? 3 : 4} defaultValue={values.description} errors={errors?.description} />
      <SelectField
        label="Category"
        name="category"
        defaultValue={values.category}
        errors={errors?.category}
        options={props.categories.map((category) => ({ value: category.slug, label: category.name }))}
      />
      <Field label="Tags" name="tags" defaultValue={values.tags} errors={errors?.tags} hint="Separated by commas, e.g. vegan, gluten-free" />
      {creating ? (
        <>
          <Field label="Origin" name="origin" defaultValue={values.origin} errors={errors?.origin} />
          <TextAreaField label="Sustainability notes" name="sustainability" rows={3} defaultValue={values.sustainability} errors={errors?.sustainability} />
        </>
      ) : null}
      <Field label="Price (USD)" name="price" inputMode="decimal" defaultValue={values.price} errors={errors?.price} hint="Dollars and cents, e.g. 4.50" />
      <Field
        label="Stock"
        name="stock"
        inputMode="numeric"
        defaultValue={values.stock}
        errors={errors?.stock}
        hint={creating ? undefined : "Units available to sell now (units held by open checkouts are already taken out)"}
      />
      <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
        <input type="checkbox" name="visible" defaultChecked={values.visible} className="size-4 accent-leaf-700" />
        Visible in the shop
      </label>
      <div>
        <Button type="submit" disabled={pending}>
          {creating ? (pending ? "Creating…" : "Create product") : pending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
