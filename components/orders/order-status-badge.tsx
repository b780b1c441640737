import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/db/schema";

const tones: Record<OrderStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  paid: "bg-leaf-100 text-leaf-900",
  failed: "bg-red-100 text-red-800",
  canceled: "bg-stone-200 text-stone-700",
  refunded: "bg-sky-100 text-sky-900",
  partially_refunded: "bg-sky-100 text-sky-900",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("OrderStatus");
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[status]}`}>{t(status)}</span>;
}
