import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Three buttons, each named in its own language; the route remembers the choice in a cookie and
 * sends the shopper back to this page. `current` is the page's language and `label` the form's
 * name in it. Rendered on the server; the header's client part (header-session.tsx) fills
 * `returnTo` when the form is sent.
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <form action="/api/locale" method="post" aria-label={label} className="flex items-center gap-1">
      <input type="hidden" name="returnTo" defaultValue="" />
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase max-sm:min-h-11 max-sm:min-w-11 ${
            locale === current ? "bg-leaf-900 text-white" : "text-stone-700 hover:text-leaf-700"
          }`}
        >
          {/* Short on screen; named in full for screen readers (the name is the content, so axe's label-in-name holds). */}
          <span aria-hidden="true">{locale}</span>
          <span className="sr-only">{LOCALE_NAMES[locale]}</span>
        </button>
      ))}
    </form>
  );
}
