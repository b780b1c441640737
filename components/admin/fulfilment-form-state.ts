import type { FieldErrors } from "@/lib/admin/access";

export type FulfilmentFormState =
  | { ok?: undefined; message?: undefined; values?: undefined }
  | { ok: true; message: string; values?: undefined }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: { carrier: string; trackingNumber: string } };
