import type { ActionState } from "@/lib/actions/state";

export type RefundFormState = ActionState<{ amount: string; restock: boolean }>;
