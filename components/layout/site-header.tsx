import Link from "next/link";
import { useTranslations } from "next-intl";
import { paymentsMode } from "@/lib/config/env";
import { HeaderSession } from "./header-session";
import { LanguageSwitcher } from "./language-switcher";

/**
 * Static for every visitor, so pages stay cacheable; the per-visitor parts (cart count,
 * account links) and the phone menu's open state live in a small client island.
 */
export function SiteHeader() {
  const t = useTranslations("Header");
  return (
    <header className="border-b border-stone-200 bg-white">
      {paymentsMode() === "sandbox" ? (
        <p className="bg-amber-100 px-4 py-1 text-center text-xs font-medium text-amber-900">{t("sandbox")}</p>
      ) : null}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold whitespace-nowrap text-leaf-900">
          Beyond Earth
        </Link>
        <HeaderSession>
          <Link href="/shop">{t("shop")}</Link>
          <Link href="/assistant">{t("assistant")}</Link>
          <Link href="/plans">{t("plans")}</Link>
          <LanguageSwitcher />
        </HeaderSession>
      </div>
    </header>
  );
}
