import type { FieldErrors } from "@/lib/admin/access";

export type ProductFormValues = { price: string; stock: string; visible: boolean };

export type ProductFormState =
  | { ok?: undefined; values?: undefined }
  | { ok: true; message: string; values: ProductFormValues }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: ProductFormValues };
