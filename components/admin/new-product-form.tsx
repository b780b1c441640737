"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/state";

const textareaClass = "rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

export type NewProductValues = Record<"name" | "slug" | "description" | "category" | "tags" | "origin" | "sustainability" | "price" | "stock", string> & {
  visible: boolean;
};

function TextArea({ label, name, value, errors }: { label: string; name: string; value: string; errors?: string[] }) {
  const id = `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        defaultValue={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={textareaClass}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

/** A new product's fields; on success the action opens the product's page, where its photo is uploaded. */
export function NewProductForm({
  action,
  categories,
}: {
  action: (state: ActionState<NewProductValues> | null, form: FormData) => Promise<ActionState<NewProductValues>>;
  categories: { slug: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const values: NewProductValues = state?.values ?? {
    name: "",
    slug: "",
    description: "",
    category: categories[0]?.slug ?? "",
    tags: "",
    origin: "",
    sustainability: "",
    price: "",
    stock: "0",
    visible: true,
  };
  const errors = state?.ok === false ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      {state?.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      <Field label="Name" name="name" defaultValue={values.name} errors={errors?.name} maxLength={120} />
      <Field label="Slug" name="slug" defaultValue={values.slug} errors={errors?.slug} hint="The shop address: /shop/<slug>, e.g. dome-radishes" />
      <TextArea label="Description" name="description" value={values.description} errors={errors?.description} />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-category" className="text-sm font-medium text-stone-800">
          Category
        </label>
        <select id="field-category" name="category" defaultValue={values.category} className={textareaClass}>
          {categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
        {errors?.category?.length ? <p className="text-sm text-red-700">{errors.category[0]}</p> : null}
      </div>
      <Field label="Tags" name="tags" defaultValue={values.tags} errors={errors?.tags} hint="Separated by commas, e.g. vegan, gluten-free" />
      <Field label="Origin" name="origin" defaultValue={values.origin} errors={errors?.origin} />
      <TextArea label="Sustainability notes" name="sustainability" value={values.sustainability} errors={errors?.sustainability} />
      <Field label="Price (USD)" name="price" inputMode="decimal" defaultValue={values.price} errors={errors?.price} hint="Dollars and cents, e.g. 4.50" />
      <Field label="Stock" name="stock" inputMode="numeric" defaultValue={values.stock} errors={errors?.stock} />
      <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
        <input type="checkbox" name="visible" defaultChecked={values.visible} className="size-4 accent-leaf-700" />
        Visible in the shop
      </label>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create product"}
        </Button>
      </div>
    </form>
  );
}
