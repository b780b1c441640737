import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { env } from "@/lib/config/env";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { CLIENT_NAMESPACES, loadMessages, pickMessages } from "@/lib/i18n/messages";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams(): { locale: string }[] {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "en", namespace: "Metadata" });
  return {
    // Canonical and other metadata links become absolute (Lighthouse and search engines need that).
    metadataBase: new URL(env().APP_URL),
    title: { default: t("title"), template: "%s · Beyond Earth" },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Before any next-intl call: cached pages must never fall back to reading request headers.
  setRequestLocale(locale);
  const messages = await loadMessages(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider locale={locale} messages={pickMessages(messages, CLIENT_NAMESPACES)} timeZone="UTC" formats={{}}>
          <SiteHeader />
          <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">{children}</main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
