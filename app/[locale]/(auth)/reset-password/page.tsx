import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { AuthHeading } from "@/components/auth/auth-heading";
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
      <AuthHeading title={t("title")} intro={t("intro")} />
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
