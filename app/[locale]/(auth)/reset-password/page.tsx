import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { isUsableResetToken } from "@/lib/auth/password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResetPassword");
  return { title: t("title"), robots: { index: false } };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isUsableResetToken(token));
  const t = await getTranslations("ResetPassword");
  const errors = await getTranslations("AuthErrors");
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold text-leaf-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      </div>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <Alert tone="error">{errors("invalidLink")}</Alert>
          <Link href="/forgot-password" className="text-sm font-semibold text-leaf-700 underline">
            {t("newLink")}
          </Link>
        </>
      )}
    </>
  );
}
