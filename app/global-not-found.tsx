import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import NotFoundBody from "@/components/layout/not-found-body";
import { ShopDocument, shopMetadata } from "@/components/layout/shop-document";
import { loadMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import "./globals.css";

// An address no page answers (next.config.ts's `globalNotFound`): Next renders this on the server,
// as its own page, in the shop's document. It is not shipped with other pages, unlike a not-found.tsx
// boundary, and no request for it is cached, so it can read the language middleware chose for the
// request (the remembered choice or the browser's, or the address's `/<locale>`).
export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { ...(await shopMetadata(locale)), title: t("heading") };
}

export default async function GlobalNotFound() {
  const locale = await requestLocale();
  setRequestLocale(locale);
  const { NotFound } = await loadMessages(locale);
  return (
    <ShopDocument locale={locale}>
      <NotFoundBody messages={NotFound} />
    </ShopDocument>
  );
}
