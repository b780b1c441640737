import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = {
  title: "Account deleted",
  description: "Your Beyond Earth account has been deleted.",
};

/** Where deleting an account lands: the session is gone, so this page must not need one. */
export default function GoodbyePage() {
  return (
    <>
      <div role="status">
        <h1 className="text-2xl font-bold text-leaf-900">Your account has been deleted</h1>
        <p className="mt-2 text-sm text-stone-600">
          Your profile, password, cart and assistant conversations are gone, and you have been signed out. Records of
          past orders stay in our books, no longer linked to an account.
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/" className={buttonClass("primary")}>
          Back to the shop
        </Link>
        <Link href="/register" className={buttonClass("secondary")}>
          Create a new account
        </Link>
      </div>
    </>
  );
}
