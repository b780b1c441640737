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

/** A new product also names its shop address and its origin and sustainability notes. */
export type NewProductValues = ProductFormValues & { slug: string; origin: string; sustainability: string };

export type ProductFormState = ActionState<ProductFormValues>;
export type NewProductFormState = ActionState<NewProductValues>;
