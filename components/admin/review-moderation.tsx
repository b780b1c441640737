"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";

export type ModerationState = ActionState | null;

type Props = {
  reviewId: number;
  hidden: boolean;
  action: (state: ModerationState, form: FormData) => Promise<ModerationState>;
};

/** Hide (with the reason the author will see) or restore one review. */
export function ReviewModeration({ reviewId, hidden, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="reviewId" value={reviewId} />
      {hidden ? (
        <input type="hidden" name="intent" value="restore" />
      ) : (
        <>
          <input type="hidden" name="intent" value="hide" />
          <label htmlFor={`reason-${reviewId}`} className="sr-only">
            Reason for hiding review {reviewId}
          </label>
          <input
            id={`reason-${reviewId}`}
            name="reason"
            required
            maxLength={300}
            placeholder="Reason"
            className="w-44 rounded-md border border-stone-300 px-2 py-1 text-xs"
          />
        </>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-semibold text-stone-800 hover:bg-stone-100 disabled:text-stone-400"
      >
        {pending ? "Saving…" : hidden ? `Restore review ${reviewId}` : `Hide review ${reviewId}`}
      </button>
      {state ? (
        <p role="status" className={`max-w-48 text-right text-xs ${state.ok ? "text-leaf-700" : "text-red-700"}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
