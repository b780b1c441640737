import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth";
import { safeCallbackUrl, withCallbackUrl } from "@/lib/auth/callback-url";
import { githubEnabled } from "@/lib/auth/config";
import { authPageErrorMessage } from "@/lib/auth/sign-in-errors";
import { Alert } from "@/components/ui/alert";
import { LinkedSentence } from "@/components/ui/button-link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { GithubSignIn } from "@/components/auth/github-sign-in";
import { LoginForm } from "@/components/auth/login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Login");
  return { title: t("title"), description: t("description") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined) {
  return typeof value === "string" ? value : undefined;
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations("Login");
  const callbackUrl = safeCallbackUrl(single(params.callbackUrl));
  if (await currentUser()) redirect(callbackUrl);

  const error = authPageErrorMessage(single(params.error), single(params.code));
  return (
    <>
      <AuthHeading title={t("title")} intro={t("welcome")} />
      {single(params.signedOut) ? <Alert tone="success">{t("signedOut")}</Alert> : null}
      {single(params.passwordReset) ? <Alert tone="success">{t("passwordReset")}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password" className="font-semibold text-leaf-700 underline">
          {t("forgot")}
        </Link>
      </p>
      {githubEnabled() ? <GithubSignIn callbackUrl={callbackUrl} /> : null}
      <LinkedSentence text={t("newHere")} href={withCallbackUrl("/register", callbackUrl)} label={t("register")} />
    </>
  );
}
