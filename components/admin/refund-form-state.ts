import type { FieldErrors } from "@/lib/admin/access";

export type RefundFormState =
  | { ok?: undefined; message?: undefined; values?: undefined }
  | { ok: true; message: string; values?: undefined }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: { amount: string; restock: boolean } };
