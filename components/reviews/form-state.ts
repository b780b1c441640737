import type { ActionState } from "@/lib/actions/state";

/** What the review form shows after its action ran. */
export type ReviewFormState = ActionState;
