import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
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
      <div>
        <h1 className="text-2xl font-bold text-leaf-900">{t("heading")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      </div>
      <ForgotPasswordForm />
      <p className="text-sm text-stone-600">
        {t("remembered")}{" "}
        <Link href="/login" className="font-semibold text-leaf-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
