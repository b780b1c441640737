import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password", description: "Get a link to set a new password for your Beyond Earth account." };

export default async function ForgotPasswordPage() {
  // Rendered per request, so Next can put this response's CSP nonce on the page's scripts.
  await connection();
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold text-leaf-900">Forgot your password?</h1>
        <p className="mt-1 text-sm text-stone-600">Enter the email of your account and we will send you a link to set a new password.</p>
      </div>
      <ForgotPasswordForm />
      <p className="text-sm text-stone-600">
        Remembered it?{" "}
        <Link href="/login" className="font-semibold text-leaf-700 underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
