"use client";

import { useActionState } from "react";
import type { FulfilmentStatus } from "@/db/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FulfilmentFormState } from "./fulfilment-form-state";

/** The next fulfilment step of a paid order: Pack, Ship (carrier and tracking number) or Mark delivered. */
export function FulfilmentForm({
  action,
  orderId,
  fulfilment,
  carriers,
}: {
  action: (state: FulfilmentFormState, form: FormData) => Promise<FulfilmentFormState>;
  orderId: string;
  fulfilment: FulfilmentStatus;
  carriers: readonly string[];
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.ok === false ? state.fieldErrors : undefined;
  const outcome = (
    <>
      {state.ok === true ? <Alert tone="success">{state.message}</Alert> : null}
      {state.ok === false && !errors?.carrier && !errors?.trackingNumber ? <Alert tone="error">{state.message}</Alert> : null}
    </>
  );
  if (fulfilment === "delivered" || fulfilment === "canceled") return outcome;
  const step = fulfilment === "unfulfilled" ? "pack" : fulfilment === "packed" ? "ship" : "deliver";
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="step" value={step} />
      {outcome}
      {step === "ship" ? (
        <>
          <Field
            label="Carrier"
            name="carrier"
            list="known-carriers"
            defaultValue={state.values?.carrier ?? ""}
            errors={errors?.carrier}
            hint={`${carriers.join(", ")} get a tracking link.`}
          />
          <datalist id="known-carriers">
            {carriers.map((carrier) => (
              <option key={carrier} value={carrier} />
            ))}
          </datalist>
          <Field label="Tracking number" name="trackingNumber" defaultValue={state.values?.trackingNumber ?? ""} errors={errors?.trackingNumber} />
        </>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {step === "pack" ? "Mark packed" : step === "ship" ? "Ship" : "Mark delivered"}
        </Button>
      </div>
    </form>
  );
}
