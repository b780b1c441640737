import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { FORM_CLIENT_NAMESPACES, loadMessages, pickMessages } from "@/lib/i18n/messages";

/**
 * Wraps the pages whose forms are client components (sign-in, account, checkout, plans; their
 * route layouts use it): those forms' messages reach the browser on these pages only, so the shop's
 * pages do not carry them in every payload.
 */
export async function FormMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(await loadMessages(locale), FORM_CLIENT_NAMESPACES)} timeZone="UTC" formats={{}}>
      {children}
    </NextIntlClientProvider>
  );
}
