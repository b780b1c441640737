import type { ActionState } from "@/lib/actions/state";

export type FulfilmentFormState = ActionState<{ carrier: string; trackingNumber: string }>;
