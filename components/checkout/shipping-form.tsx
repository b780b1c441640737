"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitShippingAction } from "@/app/(store)/checkout/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { SHIPPING_COUNTRIES, SHIPPING_ERRORS, type ShippingDetails } from "@/lib/checkout/shipping";
import { CHECK_THE_FIELDS, idle, type FieldErrors } from "@/lib/actions/state";
import { fieldErrorsOf } from "@/components/forms/answer";
import type { ShippingFormState } from "./shipping-form-state";

/** The shipping step. Submitting reserves the items and moves on to payment. */
export function ShippingForm({ initial }: { initial: Partial<ShippingDetails> }) {
  const [state, action, pending] = useActionState<ShippingFormState, FormData>(submitShippingAction, idle);
  const t = useTranslations("ShippingForm");
  const errorText = useTranslations("ShippingErrors");
  // The server's messages are English; the known ones are shown in the shopper's language.
  const known = new Map<string, string>(Object.entries(SHIPPING_ERRORS).map(([key, english]) => [english, errorText(key as keyof typeof SHIPPING_ERRORS)]));
  const translate = (message: string) => {
    const tooLong = /^At most (\d+) characters$/.exec(message);
    return known.get(message) ?? (tooLong ? errorText("tooLong", { max: Number(tooLong[1]) }) : message);
  };
  const errors: FieldErrors<keyof ShippingDetails> = Object.fromEntries(
    Object.entries(fieldErrorsOf(state)).map(([field, messages]) => [field, messages?.map(translate)]),
  );
  const values = { ...initial, ...state.values };
  const countries = useTranslations("Countries");
  return (
    // The key resets the inputs to what the server answered after each submission.
    <form key={JSON.stringify(values)} action={action} className="flex flex-col gap-4" noValidate aria-labelledby="shipping-heading">
      {state.ok === false && !state.fieldErrors ? (
        <Alert tone="error">
          {state.message}{" "}
          {state.reason === "sold_out" ? (
            <Link href="/cart" className="font-semibold underline">
              {t("updateCart")}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {state.fieldErrors ? <Alert tone="error">{state.message === CHECK_THE_FIELDS ? t("checkFields") : state.message}</Alert> : null}
      <Field label={t("name")} name="name" autoComplete="name" required defaultValue={values.name} errors={errors.name} />
      <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} hint={t("emailHint")} />
      <Field label={t("address")} name="address" autoComplete="street-address" required defaultValue={values.address} errors={errors.address} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("city")} name="city" autoComplete="address-level2" required defaultValue={values.city} errors={errors.city} />
        <Field label={t("postalCode")} name="postalCode" autoComplete="postal-code" required defaultValue={values.postalCode} errors={errors.postalCode} />
      </div>
      <SelectField
        label={t("country")}
        name="country"
        autoComplete="country"
        defaultValue={values.country ?? "US"}
        errors={errors.country}
        options={SHIPPING_COUNTRIES.map(([code]) => ({ value: code, label: countries(code) }))}
      />
      <Button type="submit" disabled={pending} className="py-3">
        {pending ? t("reserving") : t("continue")}
      </Button>
    </form>
  );
}
