import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { paymentsMode } from "@/lib/config/env";
import { HeaderSession } from "./header-session";
import { LanguageSwitcher } from "./language-switcher";

/**
 * Static for every visitor, so pages stay cacheable; the per-visitor parts (cart count,
 * account links) and the phone menu's open state live in a small client island. Everything is
 * translated here, on the server: the island gets plain strings and ready links, so no page ships
 * a message formatter for the header.
 */
export function SiteHeader() {
  const t = useTranslations("Header");
  const language = useTranslations("Language");
  const locale = useLocale();
  return (
    <header className="border-b border-stone-200 bg-white">
      {paymentsMode() === "sandbox" ? (
        <p className="bg-amber-100 px-4 py-1 text-center text-xs font-medium text-amber-900">{t("sandbox")}</p>
      ) : null}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold whitespace-nowrap text-leaf-900">
          Beyond Earth
        </Link>
        <HeaderSession
          labels={{ cart: t("cart"), cartLabel: t("cartLabel", { count: 0 }), menu: t("menu"), main: t("main") }}
          adminLinks={<Link href="/admin">{t("admin")}</Link>}
          signedInLinks={
            <>
              <Link href="/orders">{t("orders")}</Link>
              <Link href="/account">{t("account")}</Link>
              <SignOutButton compact />
            </>
          }
          signedOutLinks={<Link href="/login">{t("signIn")}</Link>}
        >
          <Link href="/shop">{t("shop")}</Link>
          <Link href="/assistant">{t("assistant")}</Link>
          <Link href="/plans">{t("plans")}</Link>
          <LanguageSwitcher current={locale} label={language("label")} />
        </HeaderSession>
      </div>
    </header>
  );
}
