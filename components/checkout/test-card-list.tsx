import { useTranslations } from "next-intl";
import { formatCardNumber, TEST_CARDS } from "@/lib/stripe-sandbox/client";
import { Section } from "@/components/ui/section";

/** The sandbox's test cards, shown beside the card form. Any future expiry and any CVC work. */
export function TestCardList() {
  const t = useTranslations("TestCards");
  return (
    <Section id="sandbox" title={t("heading")} look="sandbox" level={3}>
      <p className="mt-1">{t("body")}</p>
      <ul className="mt-2 flex flex-col gap-1" aria-label={t("list")}>
        {TEST_CARDS.map((card) => (
          <li key={card.number} className="flex flex-wrap justify-between gap-x-4">
            <span className="font-mono tabular-nums">{formatCardNumber(card.number)}</span>
            <span>{card.label}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
