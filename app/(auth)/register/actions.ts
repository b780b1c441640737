"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action, formText, textOf } from "@/lib/actions/action";
import { CHECK_THE_FIELDS, type ActionState } from "@/lib/actions/state";
import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { guestCartIdFromCookie, mergeGuestCartIntoAccount } from "@/lib/cart/merge";
import { registerUser } from "@/lib/auth/registration";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { requestLocale } from "@/lib/i18n/server";
import { requestClientAddress } from "@/lib/security/client-address";
import { AUTH_MESSAGES, type AuthMessageKey } from "@/lib/auth/messages";
import { notice } from "@/lib/i18n/notice";
import { noticeText, requestTranslator } from "@/lib/i18n/server";

// The fields arrive as text; lib/auth/registration.ts decides what is valid.
const registerForm = z.object({ name: formText, email: formText, password: formText, callbackUrl: formText });

export type RegisterState = ActionState<{ name: string; email: string }>;

const keep = (form: FormData) => ({ name: textOf(form, "name"), email: textOf(form, "email") });

export const registerAction = action({ input: registerForm, auth: "visitor", keep }, async ({ callbackUrl, ...input }, { form }): Promise<RegisterState> => {
  const result = await registerUser(input, { address: requestClientAddress(await headers()) }, await requestLocale());
  if (!result.ok) {
    if ("fieldErrors" in result) return { ok: false, message: CHECK_THE_FIELDS, fieldErrors: result.fieldErrors, values: keep(form) };
    return { ok: false, message: await noticeText(result), values: keep(form) };
  }

  const guestCartId = await guestCartIdFromCookie();
  try {
    await signIn("credentials", { email: result.user.email, password: input.password, redirect: false });
  } catch (error) {
    const message = signInErrorMessage(error);
    if (message === null) throw error;
    return { ok: false, message: await noticeText(notice("createdButSignInFailed", { reason: await authMessageText(message) })) };
  }

  await mergeGuestCartIntoAccount(result.user.id, guestCartId);
  redirect(safeCallbackUrl(callbackUrl));
});

/** A known sign-in answer (lib/auth/messages.ts) in the shopper's language; any other as written. */
async function authMessageText(english: string): Promise<string> {
  const key = (Object.keys(AUTH_MESSAGES) as AuthMessageKey[]).find((known) => AUTH_MESSAGES[known] === english);
  return key ? (await requestTranslator("AuthErrors"))(key) : english;
}
