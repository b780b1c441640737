import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth";
import { safeCallbackUrl, withCallbackUrl } from "@/lib/auth/callback-url";
import { githubEnabled } from "@/lib/auth/config";
import { LinkedSentence } from "@/components/ui/button-link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { GithubSignIn } from "@/components/auth/github-sign-in";
import { RegisterForm } from "@/components/auth/register-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Register");
  return { title: t("title"), description: t("description") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: requested } = await searchParams;
  const t = await getTranslations("Register");
  const callbackUrl = safeCallbackUrl(typeof requested === "string" ? requested : undefined);
  if (await currentUser()) redirect(callbackUrl);

  return (
    <>
      <AuthHeading title={t("title")} intro={t("intro")} />
      <RegisterForm callbackUrl={callbackUrl} />
      {githubEnabled() ? <GithubSignIn callbackUrl={callbackUrl} /> : null}
      <LinkedSentence text={t("haveAccount")} href={withCallbackUrl("/login", callbackUrl)} label={t("signIn")} />
    </>
  );
}
