"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { userIdForEmail } from "@/lib/auth/account";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { guestCartIdFromCookie, mergeGuestCartIntoAccount } from "@/lib/cart/merge";
import { formText, type FormState } from "@/lib/auth/form-state";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

const loginInput = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email").pipe(z.email("Enter a valid email address")),
  password: z.string().min(1, "Enter your password"),
});

export type LoginField = "email" | "password";
export type LoginState = FormState<LoginField>;

export async function loginAction(_: LoginState, payload: FormData): Promise<LoginState> {
  const form = formOf(payload);
  if (!form) return { status: "error", message: SEND_THE_FORM };
  const callbackUrl = safeCallbackUrl(formText(form, "callbackUrl"));
  const values = { email: formText(form, "email") };
  const parsed = loginInput.safeParse({ email: values.email, password: formText(form, "password") });
  if (!parsed.success) return { status: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  const { email, password } = parsed.data;
  const guestCartId = await guestCartIdFromCookie();
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    const message = signInErrorMessage(error);
    if (message === null) throw error;
    return { status: "error", message, values };
  }

  const userId = await userIdForEmail(email);
  if (userId) await mergeGuestCartIntoAccount(userId, guestCartId);
  redirect(callbackUrl);
}
