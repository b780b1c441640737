import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrderView } from "@/components/orders/order-view";
import { itemsInShopperLanguage } from "@/lib/catalog/names";
import { requireSignedIn } from "@/lib/auth";
import { getOrderForUser } from "@/lib/orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrderDetail");
  return { title: t("metaTitle") };
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSignedIn(`/orders/${id}`);
  // Someone else's order (or no order) is the same 404: ids reveal nothing.
  const order = /^BE-[A-Z0-9]{10}$/.test(id) ? await getOrderForUser(id, user.id) : undefined;
  if (!order) notFound();
  const t = await getTranslations("OrderDetail");
  return <OrderView order={await itemsInShopperLanguage(order, await getLocale())} backLink={{ href: "/orders", label: t("allOrders") }} />;
}
