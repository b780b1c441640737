"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser, signIn, signOut } from "@/lib/auth";
import {
  changePassword,
  deleteAccount,
  updateProfile,
  type DeleteAccountField,
  type PasswordChangeField,
  type ProfileField,
} from "@/lib/auth/account";
import { forgetCartCookie } from "@/lib/cart/merge";
import { formText, type FormState } from "@/lib/auth/form-state";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export type ProfileState = FormState<ProfileField>;
export type PasswordChangeState = FormState<PasswordChangeField>;
export type DeleteAccountState = FormState<DeleteAccountField>;

/** Every account action checks the session itself; the page having rendered proves nothing. */
async function requireUser() {
  const user = await currentUser();
  if (!user) redirect("/login?callbackUrl=%2Faccount");
  return user;
}

export async function updateProfileAction(_: ProfileState, form: FormData): Promise<ProfileState> {
  const user = await requireUser();
  const values = { name: formText(form, "name") };
  const result = await updateProfile(user.id, values);
  if (!result.ok) return { status: "invalid", fieldErrors: result.fieldErrors, values };
  revalidatePath("/account");
  return { status: "ok", message: "Your name has been saved." };
}

export async function changePasswordAction(_: PasswordChangeState, form: FormData): Promise<PasswordChangeState> {
  const user = await requireUser();
  const result = await changePassword(user.id, {
    currentPassword: formText(form, "currentPassword"),
    newPassword: formText(form, "newPassword"),
  });
  if (!result.ok) return { status: "invalid", fieldErrors: result.fieldErrors };
  // Changing the password ended every session, this one included; this browser gets a fresh one.
  // The page then comes back through a redirect, whose render sees the new session cookie.
  try {
    await signIn("credentials", { email: user.email, password: formText(form, "newPassword"), redirect: false });
  } catch (error) {
    if (signInErrorMessage(error) === null) throw error;
    redirect("/login?callbackUrl=%2Faccount");
  }
  redirect("/account?passwordChanged=1");
}

export async function deleteAccountAction(_: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  const user = await requireUser();
  const values = { confirmEmail: formText(form, "confirmEmail") };
  const result = await deleteAccount(user.id, values);
  if (!result.ok) {
    return "fieldErrors" in result
      ? { status: "invalid", fieldErrors: result.fieldErrors, values }
      : { status: "error", message: result.message, values };
  }
  await forgetCartCookie();
  await signOut({ redirectTo: "/goodbye" });
  return { status: "ok", message: "Your account has been deleted." };
}
