"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formText, type FormState } from "@/lib/auth/form-state";
import { resetPassword, type ResetField } from "@/lib/auth/password-reset";
import { requestClientAddress } from "@/lib/security/client-address";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

export type ResetPasswordState = FormState<ResetField>;

export async function resetPasswordAction(_: ResetPasswordState, payload: FormData): Promise<ResetPasswordState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const result = await resetPassword(
    { token: formText(form, "token"), newPassword: formText(form, "newPassword"), confirmPassword: formText(form, "confirmPassword") },
    requestClientAddress(await headers()),
  );
  if (result.ok) redirect("/login?passwordReset=1");
  if (result.fieldErrors) return { status: "invalid", fieldErrors: result.fieldErrors };
  return { status: "error", message: result.message ?? "Please try again." };
}
