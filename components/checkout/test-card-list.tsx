import { useTranslations } from "next-intl";
import { formatCardNumber, TEST_CARDS } from "@/lib/stripe-sandbox/client";

/** The sandbox's test cards, shown beside the card form. Any future expiry and any CVC work. */
export function TestCardList() {
  const t = useTranslations("TestCards");
  return (
    <section aria-labelledby="sandbox-heading" className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
      <h3 id="sandbox-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <p className="mt-1">{t("body")}</p>
      <ul className="mt-2 flex flex-col gap-1" aria-label={t("list")}>
        {TEST_CARDS.map((card) => (
          <li key={card.number} className="flex flex-wrap justify-between gap-x-4">
            <span className="font-mono tabular-nums">{formatCardNumber(card.number)}</span>
            <span>{card.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
