"use server";

import { headers } from "next/headers";
import { formText, type FormState } from "@/lib/auth/form-state";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { deliverEmailsSoon } from "@/lib/email/sender";
import { requestClientAddress } from "@/lib/security/client-address";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

export type ForgotPasswordState = FormState<"email">;

export async function forgotPasswordAction(_: ForgotPasswordState, payload: FormData): Promise<ForgotPasswordState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const values = { email: formText(form, "email") };
  const result = await requestPasswordReset({ email: values.email }, requestClientAddress(await headers()));
  if (result.ok) {
    // The email is in the outbox already; deliver it now rather than at the sender's next round.
    void deliverEmailsSoon();
    return { status: "ok", message: result.message };
  }
  if (result.fieldErrors) return { status: "invalid", fieldErrors: result.fieldErrors, values };
  return { status: "error", message: result.message ?? "Please try again.", values };
}
