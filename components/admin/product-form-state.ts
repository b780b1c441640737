import type { ActionState } from "@/lib/actions/state";

export type ProductFormValues = { price: string; stock: string; visible: boolean };

export type ProductFormState = ActionState<ProductFormValues>;
