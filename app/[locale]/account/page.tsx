import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { getAccountProfile } from "@/lib/auth/account";
import { Alert } from "@/components/ui/alert";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PlanStatusSection } from "@/components/plans/plan-status-section";

export const metadata: Metadata = {
  title: "Your account",
  description: "Your Beyond Earth account: your name, password and what we keep about you.",
};

function Section({ id, title, children, tone = "plain" }: { id: string; title: string; children: ReactNode; tone?: "plain" | "danger" }) {
  return (
    <section
      aria-labelledby={id}
      className={`flex flex-col gap-4 rounded-2xl border bg-white p-6 shadow-sm ${tone === "danger" ? "border-red-200" : "border-stone-200"}`}
    >
      <h2 id={id} className={`text-lg font-semibold ${tone === "danger" ? "text-red-800" : "text-leaf-900"}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const memberSince = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric" });

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const { passwordChanged } = await searchParams;
  const user = await currentUser();
  if (!user) redirect("/login?callbackUrl=%2Faccount");
  const profile = await getAccountProfile(user.id);
  if (!profile) redirect("/login?callbackUrl=%2Faccount");

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-leaf-900">Your account</h1>
          <p className="text-sm text-stone-600">
            Member since {memberSince.format(profile.createdAt)} ·{" "}
            <Link href="/orders" className="font-semibold text-leaf-700 underline">
              Your orders
            </Link>
          </p>
        </div>
        <SignOutButton />
      </div>

      <Section id="profile-heading" title="Profile">
        <dl className="grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium text-stone-600">Email</dt>
          <dd data-testid="account-email">{profile.email}</dd>
          {profile.role === "admin" ? (
            <>
              <dt className="font-medium text-stone-600">Role</dt>
              <dd>Operator</dd>
            </>
          ) : null}
          {profile.providers.includes("github") ? (
            <>
              <dt className="font-medium text-stone-600">Signs in with</dt>
              <dd>GitHub</dd>
            </>
          ) : null}
        </dl>
        <ProfileForm name={profile.name} />
      </Section>

      {/* The plans feature owns this section: status, cancel/resume/switch, billing portal. */}
      <PlanStatusSection userId={user.id} />

      <Section id="password-heading" title="Change password">
        {passwordChanged ? <Alert tone="success">Your password has been changed. Other devices have been signed out.</Alert> : null}
        {profile.hasPassword ? (
          <ChangePasswordForm />
        ) : (
          <p className="text-sm text-stone-600">You sign in with GitHub, so this account has no password to change.</p>
        )}
      </Section>

      <Section id="delete-heading" title="Delete account" tone="danger">
        <p className="text-sm text-stone-700">
          This removes your profile, sign-in details, cart and assistant conversations for good, and signs you out. Records of past
          orders stay in our books without a link to you.
        </p>
        <DeleteAccountForm email={profile.email} />
      </Section>
    </div>
  );
}
