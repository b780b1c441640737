import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { loadMessages, pickMessages, type ClientNamespace } from "@/lib/i18n/messages";
import { IntlProvider } from "./intl-provider";

/**
 * next-intl for the client components inside: the forms that format messages in the browser
 * (field errors, plurals, prices). Only the pages that have such a form load next-intl's client
 * formatter, and only the namespaces named here travel to the browser.
 */
export async function ClientTranslations({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const locale = await getLocale();
  const messages = pickMessages(await loadMessages(locale), namespaces);
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC" formats={{}}>
      {children}
    </IntlProvider>
  );
}
