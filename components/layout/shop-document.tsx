import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { env } from "@/lib/config/env";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The shop's document in `locale`: `<html lang>`, the header, the page and the footer. Every page's
 * (app/[locale]/layout.tsx), and the not-found page's for addresses no page answers
 * (app/global-not-found.tsx), so both are the same page around different content. The caller sets
 * the render's locale first (`setRequestLocale`): the header and footer translate on the server.
 */
export function ShopDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}

/** The head every page starts from: the shop's title (pages fill the template) and description. */
export async function shopMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    // Canonical and other metadata links become absolute (Lighthouse and search engines need that).
    metadataBase: new URL(env().APP_URL),
    title: { default: t("title"), template: "%s · Beyond Earth" },
    description: t("description"),
  };
}
