"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { guestCartIdFromCookie, mergeGuestCartIntoAccount } from "@/lib/cart/merge";
import { formText, type FormState } from "@/lib/auth/form-state";
import { registerUser, type RegistrationField } from "@/lib/auth/registration";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { requestClientAddress } from "@/lib/security/client-address";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

export type RegisterState = FormState<RegistrationField>;

export async function registerAction(_: RegisterState, payload: FormData): Promise<RegisterState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const callbackUrl = safeCallbackUrl(formText(form, "callbackUrl"));
  const values = { name: formText(form, "name"), email: formText(form, "email") };
  const password = formText(form, "password");
  const result = await registerUser({ ...values, password }, { address: requestClientAddress(await headers()) });
  if (!result.ok) {
    if ("fieldErrors" in result) return { status: "invalid", fieldErrors: result.fieldErrors, values };
    return { status: "error", message: result.message, values };
  }

  const guestCartId = await guestCartIdFromCookie();
  try {
    await signIn("credentials", { email: result.user.email, password, redirect: false });
  } catch (error) {
    const message = signInErrorMessage(error);
    if (message === null) throw error;
    return { status: "error", message: `Your account was created, but signing in failed: ${message}. Please sign in.` };
  }

  await mergeGuestCartIntoAccount(result.user.id, guestCartId);
  redirect(callbackUrl);
}
