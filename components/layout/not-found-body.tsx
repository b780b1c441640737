import { buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/button-link";
import type { Messages } from "@/lib/i18n/messages";

/** The not-found page's content, loaded by boundary-pages.tsx when a page is not found (few pages are). */
export default function NotFoundBody({ messages: t }: { messages: Messages["NotFound"] }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-5 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-soil-700">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t.heading}</h1>
      <p className="text-stone-600">{t.body}</p>
      <form action="/shop" role="search" className="flex w-full max-w-sm gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          {t.searchLabel}
        </label>
        <input id="not-found-q" name="q" type="search" placeholder={t.searchLabel} className="flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm" />
        <button type="submit" className={buttonClass("primary")}>
          {t.search}
        </button>
      </form>
      <div className="flex gap-4 text-sm font-semibold">
        <TextLink href="/shop">{t.browse}</TextLink>
        <TextLink href="/">{t.home}</TextLink>
      </div>
    </div>
  );
}
