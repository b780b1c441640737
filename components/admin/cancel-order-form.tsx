"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/state";

/** Cancel a paid order before it ships: a full refund and its items back in stock, after a confirmation tick. */
export function CancelOrderForm({
  action,
  orderId,
  refundLabel,
}: {
  action: (state: ActionState | null, form: FormData) => Promise<ActionState>;
  orderId: string;
  refundLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3 border-t border-stone-100 pt-3">
      <input type="hidden" name="orderId" value={orderId} />
      {state?.ok === true ? <Alert tone="success">{state.message}</Alert> : null}
      {state?.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      <label className="flex items-start gap-2 text-sm text-stone-800">
        <input type="checkbox" name="confirm" required className="mt-0.5 size-4 accent-leaf-700" />
        <span>Cancel this order, refund {refundLabel} and return its items to stock</span>
      </label>
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Canceling…" : "Cancel and refund"}
        </Button>
      </div>
    </form>
  );
}
