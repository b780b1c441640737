import Link from "next/link";
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Footer");
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-stone-600">
        <p>{t("tagline")}</p>
        <nav aria-label={t("label")} className="flex gap-4">
          <Link href="/shop">{t("shop")}</Link>
          <Link href="/plans">{t("plans")}</Link>
          <Link href="/assistant">{t("assistant")}</Link>
        </nav>
      </div>
    </footer>
  );
}
