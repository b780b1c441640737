import type { ActionState } from "@/lib/actions/state";

export type ProductFormValues = {
  name: string;
  description: string;
  category: string;
  /** Comma-separated, as typed. */
  tags: string;
  price: string;
  stock: string;
  visible: boolean;
};

export type ProductFormState = ActionState<ProductFormValues>;
