import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth";
import { getAccountProfile } from "@/lib/auth/account";
import { LOCALE_FORMAT_TAGS } from "@/lib/i18n/locales";
import { Alert } from "@/components/ui/alert";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PlanStatusSection } from "@/components/plans/plan-status-section";
import { ClientTranslations } from "@/components/layout/client-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("title"), description: t("description") };
}

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

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const { passwordChanged } = await searchParams;
  const user = await requireSignedIn("/account");
  const profile = await getAccountProfile(user.id);
  if (!profile) redirect("/login?callbackUrl=%2Faccount");
  const t = await getTranslations("Account");
  const memberSince = new Intl.DateTimeFormat(LOCALE_FORMAT_TAGS[await getLocale()], { month: "long", year: "numeric" });

  return (
    <ClientTranslations namespaces={["AccountForms", "Auth", "AuthErrors", "PlanStatus"]}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold text-leaf-900">{t("title")}</h1>
            <p className="text-sm text-stone-600">
              {t("memberSince", { date: memberSince.format(profile.createdAt) })} ·{" "}
              <Link href="/orders" className="font-semibold text-leaf-700 underline">
                {t("orders")}
              </Link>
            </p>
          </div>
          <SignOutButton />
        </div>

        <Section id="profile-heading" title={t("profile")}>
          <dl className="grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="font-medium text-stone-600">{t("email")}</dt>
            <dd data-testid="account-email">{profile.email}</dd>
            {profile.role === "admin" ? (
              <>
                <dt className="font-medium text-stone-600">{t("role")}</dt>
                <dd>{t("operator")}</dd>
              </>
            ) : null}
            {profile.providers.includes("github") ? (
              <>
                <dt className="font-medium text-stone-600">{t("signsInWith")}</dt>
                <dd>GitHub</dd>
              </>
            ) : null}
          </dl>
          <ProfileForm name={profile.name} />
        </Section>

        {/* The plans feature owns this section: status, cancel/resume/switch, billing portal. */}
        <PlanStatusSection userId={user.id} />

        <Section id="password-heading" title={t("changePassword")}>
          {passwordChanged ? <Alert tone="success">{t("passwordChanged")}</Alert> : null}
          {profile.hasPassword ? (
            <ChangePasswordForm />
          ) : (
            <p className="text-sm text-stone-600">{t("githubOnly")}</p>
          )}
        </Section>

        <Section id="delete-heading" title={t("delete")} tone="danger">
          <p className="text-sm text-stone-700">{t("deleteBody")}</p>
          <DeleteAccountForm email={profile.email} />
        </Section>
      </div>
    </ClientTranslations>
  );
}
