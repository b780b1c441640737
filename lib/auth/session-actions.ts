"use server";

import { textOf } from "@/lib/actions/action";
import { signIn, signOut } from "@/lib/auth";
import { githubEnabled } from "./config";
import { safeCallbackUrl } from "./callback-url";
import { forgetCartCookie } from "@/lib/cart/merge";

export async function signOutAction() {
  await forgetCartCookie();
  await signOut({ redirectTo: "/login?signedOut=1" });
}

export async function signInWithGithubAction(form: FormData) {
  const redirectTo = safeCallbackUrl(textOf(form, "callbackUrl"));
  if (!githubEnabled()) return;
  await signIn("github", { redirectTo });
}
