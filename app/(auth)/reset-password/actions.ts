"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import { CHECK_THE_FIELDS, type ActionState } from "@/lib/actions/state";
import { resetPassword } from "@/lib/auth/password-reset";
import { requestClientAddress } from "@/lib/security/client-address";

export type ResetPasswordState = ActionState;

// The fields arrive as text; lib/auth/password-reset.ts decides what is valid.
const resetForm = z.object({ token: formText, newPassword: formText, confirmPassword: formText });

export const resetPasswordAction = action({ input: resetForm, auth: "visitor" }, async (input): Promise<ResetPasswordState> => {
  const result = await resetPassword(input, requestClientAddress(await headers()));
  if (result.ok) redirect("/login?passwordReset=1");
  if (result.fieldErrors) return { ok: false, message: CHECK_THE_FIELDS, fieldErrors: result.fieldErrors };
  return { ok: false, message: result.message ?? "Please try again." };
});
