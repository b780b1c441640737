import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth";
import { DEFAULT_CALLBACK_URL, safeCallbackUrl } from "@/lib/auth/callback-url";
import { githubEnabled } from "@/lib/auth/config";
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

  const loginHref = callbackUrl === DEFAULT_CALLBACK_URL ? "/login" : `/login?${new URLSearchParams({ callbackUrl })}`;
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold text-leaf-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      </div>
      <RegisterForm callbackUrl={callbackUrl} />
      {githubEnabled() ? <GithubSignIn callbackUrl={callbackUrl} /> : null}
      <p className="text-sm text-stone-600">
        {t("haveAccount")}{" "}
        <Link href={loginHref} className="font-semibold text-leaf-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
