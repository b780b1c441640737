"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { action, formText, textOf } from "@/lib/actions/action";
import type { ActionState } from "@/lib/actions/state";
import { signIn } from "@/lib/auth";
import { userIdForEmail } from "@/lib/auth/account";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { guestCartIdFromCookie, mergeGuestCartIntoAccount } from "@/lib/cart/merge";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

const loginForm = z.object({
  email: formText.pipe(z.string().trim().toLowerCase().min(1, "Enter your email").pipe(z.email("Enter a valid email address"))),
  password: formText.pipe(z.string().min(1, "Enter your password")),
  callbackUrl: formText,
});

export type LoginState = ActionState<{ email: string }>;

const keep = (form: FormData) => ({ email: textOf(form, "email") });

export const loginAction = action({ input: loginForm, auth: "visitor", keep }, async ({ email, password, callbackUrl }, { form }): Promise<LoginState> => {
  const guestCartId = await guestCartIdFromCookie();
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    const message = signInErrorMessage(error);
    if (message === null) throw error;
    return { ok: false, message, values: keep(form) };
  }

  const userId = await userIdForEmail(email);
  if (userId) await mergeGuestCartIntoAccount(userId, guestCartId);
  redirect(safeCallbackUrl(callbackUrl));
});
