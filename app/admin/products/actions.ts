"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import { createAdminProduct, updateProduct } from "@/lib/admin/products";
import { saveProductPhoto } from "@/lib/catalog/product-photos";
import type { NewProductValues, ProductFormValues } from "@/components/admin/product-form-state";

// The fields arrive as text; lib/admin/products.ts decides what a valid price and stock are.
const productForm = z.object({
  id: formText,
  name: formText,
  description: formText,
  category: formText,
  tags: formText,
  price: formText,
  stock: formText,
  expectedStock: formText,
  visible: formText,
});

export const saveProduct = action({ input: productForm, auth: "admin" }, async (data, { actor }) => {
  const { id, expectedStock, visible, ...fields } = data;
  const values: ProductFormValues = { ...fields, visible: visible === "on" };
  const result = await updateProduct(actor, { ...values, id, expectedStock });
  // Either way the page re-reads the product: after a conflict it shows the stock as it is now.
  revalidatePath(`/admin/products/${id}`);
  revalidatePath("/admin/products");
  if (!result.ok) return { ...result, values };
  return { ok: true, message: `Saved ${result.product.name}: the shop shows it now.`, values };
});

// The file itself is read from the form (a zod object of text fields would turn it into "").
export const uploadProductPhoto = action({ input: z.object({ id: formText }), auth: "admin" }, async (data, { actor, form }) => {
  const result = await saveProductPhoto(actor, data.id, form.get("photo"));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { photo: [result.message] } };
  revalidatePath(`/admin/products/${data.id}`);
  revalidatePath(`/shop/${result.slug}`);
  return { ok: true, message: "Photo saved: the shop shows it now." };
});

const newProductForm = z.object({
  name: formText,
  slug: formText,
  description: formText,
  category: formText,
  tags: formText,
  origin: formText,
  sustainability: formText,
  price: formText,
  stock: formText,
  visible: formText,
});

export const createProductAction = action({ input: newProductForm, auth: "admin" }, async (data, { actor }) => {
  const values: NewProductValues = { ...data, visible: data.visible === "on" };
  const result = await createAdminProduct(actor, values);
  if (!result.ok) return { ...result, values };
  revalidatePath("/admin/products");
  redirect(`/admin/products/${result.product.id}?created=1`);
});
