"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import { CHECK_THE_FIELDS, type ActionState } from "@/lib/actions/state";
import { signIn, signOut } from "@/lib/auth";
import { changePassword, deleteAccount, updateProfile } from "@/lib/auth/account";
import { forgetCartCookie } from "@/lib/cart/merge";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { AUTH_MESSAGES } from "@/lib/auth/messages";

export type ProfileState = ActionState<{ name: string }>;
export type PasswordChangeState = ActionState;
export type DeleteAccountState = ActionState<{ confirmEmail: string }>;

// Every account action checks the session itself (auth: "user"); the page having rendered proves
// nothing. The fields arrive as text; lib/auth/account.ts decides what is valid.

export const updateProfileAction = action({ input: z.object({ name: formText }), auth: "user" }, async (values, { actor }): Promise<ProfileState> => {
  const result = await updateProfile(actor.id, values);
  if (!result.ok) return { ok: false, message: CHECK_THE_FIELDS, fieldErrors: result.fieldErrors, values };
  revalidatePath("/account");
  return { ok: true, message: AUTH_MESSAGES.nameSaved };
});

const passwordForm = z.object({ currentPassword: formText, newPassword: formText });

export const changePasswordAction = action({ input: passwordForm, auth: "user" }, async (passwords, { actor }): Promise<PasswordChangeState> => {
  const result = await changePassword(actor.id, passwords);
  if (!result.ok) return { ok: false, message: CHECK_THE_FIELDS, fieldErrors: result.fieldErrors };
  // Changing the password ended every session, this one included; this browser gets a fresh one.
  // The page then comes back through a redirect, whose render sees the new session cookie.
  try {
    await signIn("credentials", { email: actor.email, password: passwords.newPassword, redirect: false });
  } catch (error) {
    if (signInErrorMessage(error) === null) throw error;
    redirect("/login?callbackUrl=%2Faccount");
  }
  redirect("/account?passwordChanged=1");
});

export const deleteAccountAction = action({ input: z.object({ confirmEmail: formText }), auth: "user" }, async (values, { actor }): Promise<DeleteAccountState> => {
  const result = await deleteAccount(actor.id, values);
  if (!result.ok) {
    return "fieldErrors" in result ? { ok: false, message: CHECK_THE_FIELDS, fieldErrors: result.fieldErrors, values } : { ok: false, message: result.message, values };
  }
  await forgetCartCookie();
  await signOut({ redirectTo: "/goodbye" });
  return { ok: true, message: "Your account has been deleted." };
});
