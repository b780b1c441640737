"use server";

import { revalidatePath } from "next/cache";
import { REFUSAL } from "@/lib/admin/access";
import { adminForAction } from "@/lib/admin/guard";
import { updateProduct } from "@/lib/admin/products";
import type { ProductFormState } from "@/components/admin/product-form-state";

export async function saveProduct(_: ProductFormState, form: FormData): Promise<ProductFormState> {
  const admin = await adminForAction();
  if (!admin) return REFUSAL;
  const values = {
    price: String(form.get("price") ?? ""),
    stock: String(form.get("stock") ?? ""),
    visible: form.get("visible") === "on",
  };
  const result = await updateProduct(admin, { ...values, id: form.get("id"), expectedStock: form.get("expectedStock") });
  // Either way the page re-reads the product: after a conflict it shows the stock as it is now.
  revalidatePath(`/admin/products/${String(form.get("id"))}`);
  revalidatePath("/admin/products");
  if (!result.ok) return { ...result, values };
  return { ok: true, message: `Saved ${result.product.name}: the shop shows it now.`, values };
}
