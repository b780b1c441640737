import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { INVALID_RESET_LINK, isUsableResetToken } from "@/lib/auth/password-reset";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isUsableResetToken(token));
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold text-leaf-900">Set a new password</h1>
        <p className="mt-1 text-sm text-stone-600">Setting it signs you out on every device; then sign in with the new password.</p>
      </div>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <Alert tone="error">{INVALID_RESET_LINK}</Alert>
          <Link href="/forgot-password" className="text-sm font-semibold text-leaf-700 underline">
            Send a new reset link
          </Link>
        </>
      )}
    </>
  );
}
