import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { BoundaryMessagesProvider } from "@/components/layout/boundary-pages";
import { ShopDocument, shopMetadata } from "@/components/layout/shop-document";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { loadMessages, pickMessages } from "@/lib/i18n/messages";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams(): { locale: string }[] {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  return shopMetadata(isLocale(locale) ? locale : "en");
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Before any next-intl call: cached pages must never fall back to reading request headers.
  setRequestLocale(locale);
  const messages = await loadMessages(locale);
  return (
    <ShopDocument locale={locale}>
      {/* No next-intl provider here: the header and the shop translate on the server, and the forms
          that format messages in the browser get theirs from <ClientTranslations> around them. */}
      <BoundaryMessagesProvider messages={pickMessages(messages, ["Error", "NotFound"])}>{children}</BoundaryMessagesProvider>
    </ShopDocument>
  );
}
