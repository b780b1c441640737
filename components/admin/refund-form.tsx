"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { RefundFormState } from "./refund-form-state";

export function RefundForm({
  action,
  orderId,
  requestId,
  refundable,
  refundableLabel,
  restocked,
  closedReason,
}: {
  action: (state: RefundFormState, form: FormData) => Promise<RefundFormState>;
  orderId: string;
  /** Fresh on every render of the page: the idempotency key of this one refund request. */
  requestId: string;
  refundable: string;
  refundableLabel: string;
  restocked: boolean;
  /** Why no (further) refund is possible; the form is replaced by this sentence. */
  closedReason: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.ok === false ? state.fieldErrors : undefined;
  const outcome = (
    <>
      {state.ok === true ? <Alert tone="success">{state.message}</Alert> : null}
      {state.ok === false && !errors?.amount ? <Alert tone="error">{state.message}</Alert> : null}
    </>
  );
  // The last refund may have closed the order (the webhook can land before the page re-renders):
  // its result stays on screen above the reason.
  if (closedReason) {
    return (
      <div className="flex flex-col gap-3">
        {outcome}
        <p className="text-sm text-stone-600">{closedReason}</p>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="requestId" value={requestId} />
      {outcome}
      <Field
        label="Refund amount (USD)"
        name="amount"
        inputMode="decimal"
        // After a success the page re-renders with what is left to refund.
        key={state.ok === true ? requestId : "amount"}
        defaultValue={state.values?.amount ?? refundable}
        errors={errors?.amount}
        hint={`Up to ${refundableLabel}; less for a partial refund.`}
      />
      {restocked ? (
        <p className="text-sm text-stone-600">The items have already been returned to stock.</p>
      ) : (
        <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
          <input type="checkbox" name="restock" defaultChecked={state.values?.restock ?? false} className="size-4 accent-leaf-700" />
          Restock items
        </label>
      )}
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Refunding…" : "Refund"}
        </Button>
      </div>
    </form>
  );
}
