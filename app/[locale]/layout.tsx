import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BoundaryMessagesProvider } from "@/components/layout/boundary-pages";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { env } from "@/lib/config/env";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { loadMessages, pickMessages } from "@/lib/i18n/messages";
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
        {/* No next-intl provider here: the header and the shop translate on the server, and the forms
            that format messages in the browser get theirs from <ClientTranslations> around them. */}
        <BoundaryMessagesProvider messages={pickMessages(messages, ["Error", "NotFound"])}>
          <SiteHeader />
          <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">{children}</main>
          <SiteFooter />
        </BoundaryMessagesProvider>
      </body>
    </html>
  );
}
