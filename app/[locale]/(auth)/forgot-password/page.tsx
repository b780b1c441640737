import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { LinkedSentence } from "@/components/ui/button-link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ForgotPassword");
  return { title: t("title"), description: t("description") };
}

export default async function ForgotPasswordPage() {
  // Rendered per request, so Next can put this response's CSP nonce on the page's scripts.
  await connection();
  const t = await getTranslations("ForgotPassword");
  return (
    <>
      <AuthHeading title={t("heading")} intro={t("intro")} />
      <ForgotPasswordForm />
      <LinkedSentence text={t("remembered")} href="/login" label={t("signIn")} />
    </>
  );
}
