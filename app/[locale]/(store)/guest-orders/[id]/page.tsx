import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrderView } from "@/components/orders/order-view";
import { itemsInShopperLanguage } from "@/lib/catalog/names";
import { isGuestOrderKey } from "@/lib/orders/order-link";
import { getOrderDetail } from "@/lib/orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrderDetail");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * A guest's order, opened from the link in their receipt: the key is the order id signed with
 * AUTH_SECRET, so the link needs no account and no other order can be reached by editing it.
 * A wrong key and a missing order are the same 404.
 */
export default async function GuestOrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ key?: string | string[] }> }) {
  const [{ id }, { key }] = await Promise.all([params, searchParams]);
  const order = /^BE-[A-Z0-9]{10}$/.test(id) && isGuestOrderKey(id, key) ? await getOrderDetail(id) : undefined;
  if (!order) notFound();
  return <OrderView order={await itemsInShopperLanguage(order, await getLocale())} />;
}
