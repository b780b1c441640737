"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/button-link";

// A client component: Next renders not-found apart from the page that called notFound(), so on a
// cached page a server render here would have to read the request for its language; the client
// provider of app/[locale]/layout.tsx already has it.
export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-5 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-soil-700">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t("heading")}</h1>
      <p className="text-stone-600">{t("body")}</p>
      <form action="/shop" role="search" className="flex w-full max-w-sm gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input id="not-found-q" name="q" type="search" placeholder={t("searchLabel")} className="flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm" />
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </form>
      <div className="flex gap-4 text-sm font-semibold">
        <TextLink href="/shop">{t("browse")}</TextLink>
        <TextLink href="/">{t("home")}</TextLink>
      </div>
    </div>
  );
}
