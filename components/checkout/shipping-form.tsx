"use client";

import Link from "next/link";
import { useActionState } from "react";
import { submitShippingAction } from "@/app/(store)/checkout/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { SHIPPING_COUNTRIES, type ShippingDetails } from "@/lib/checkout/shipping";
import { fieldErrorsOf, idle } from "@/lib/actions/state";
import type { ShippingFormState } from "./shipping-form-state";

/** The shipping step. Submitting reserves the items and moves on to payment. */
export function ShippingForm({ initial }: { initial: Partial<ShippingDetails> }) {
  const [state, action, pending] = useActionState<ShippingFormState, FormData>(submitShippingAction, idle);
  const errors = fieldErrorsOf(state);
  const values = { ...initial, ...state.values };
  return (
    // The key resets the inputs to what the server answered after each submission.
    <form key={JSON.stringify(values)} action={action} className="flex flex-col gap-4" noValidate aria-labelledby="shipping-heading">
      {state.ok === false && !state.fieldErrors ? (
        <Alert tone="error">
          {state.message}{" "}
          {state.reason === "sold_out" ? (
            <Link href="/cart" className="font-semibold underline">
              Update your cart
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {state.fieldErrors ? <Alert tone="error">{state.message}</Alert> : null}
      <Field label="Full name" name="name" autoComplete="name" required defaultValue={values.name} errors={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} hint="We send your receipt here." />
      <Field label="Address" name="address" autoComplete="street-address" required defaultValue={values.address} errors={errors.address} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="City" name="city" autoComplete="address-level2" required defaultValue={values.city} errors={errors.city} />
        <Field label="Postal code" name="postalCode" autoComplete="postal-code" required defaultValue={values.postalCode} errors={errors.postalCode} />
      </div>
      <SelectField
        label="Country"
        name="country"
        autoComplete="country"
        defaultValue={values.country ?? "US"}
        errors={errors.country}
        options={SHIPPING_COUNTRIES.map(([code, name]) => ({ value: code, label: name }))}
      />
      <Button type="submit" disabled={pending} className="py-3">
        {pending ? "Reserving your items…" : "Continue to payment"}
      </Button>
    </form>
  );
}
