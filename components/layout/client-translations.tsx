import type { ReactNode } from "react";
import dynamic from "next/dynamic";
import { getLocale } from "next-intl/server";
import { loadMessages, pickMessages, type ClientNamespace } from "@/lib/i18n/messages";

// Loaded where it renders, so a page that shows such a form only sometimes (an empty checkout)
// does not pay for next-intl's client formatter.
const NextIntlClientProvider = dynamic(() => import("next-intl").then((module) => module.NextIntlClientProvider));

/**
 * next-intl for the client components inside: the forms that format messages in the browser
 * (field errors, plurals, prices). Only the pages that have such a form load next-intl's client
 * formatter, and only the namespaces named here travel to the browser.
 */
export async function ClientTranslations({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const locale = await getLocale();
  const messages = pickMessages(await loadMessages(locale), namespaces);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC" formats={{}}>
      {children}
    </NextIntlClientProvider>
  );
}
