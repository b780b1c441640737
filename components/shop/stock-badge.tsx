import { useTranslations } from "next-intl";
import { stockLevel } from "@/lib/catalog/stock";

const tones = {
  "sold-out": "bg-stone-200 text-stone-700",
  low: "bg-amber-100 text-amber-900",
  "in-stock": "bg-leaf-100 text-leaf-900",
};

/** Shown on cards only when it matters: low or sold out. */
export function StockBadge({ stock, always = false, className = "" }: { stock: number; always?: boolean; className?: string }) {
  const t = useTranslations("Stock");
  const level = stockLevel(stock);
  if (level === "in-stock" && !always) return null;
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[level]} ${className}`}>{t(level, { count: stock })}</span>;
}
