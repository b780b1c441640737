import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ShopListing, shopMetadata, shopViewRedirect } from "@/components/shop/shop-listing";
import { parseShopParams, type ShopQuery } from "@/lib/catalog/params";
import { SHOP_BROWSE_ALL } from "@/lib/catalog/shop-url";
import { pageLocale } from "@/lib/i18n/server";

// Every `/shop` view, cached per view: middleware rewrites `/shop?q=…&category=…&sort=…` here
// (see lib/catalog/shop-url.ts), so the address bar keeps the `/shop?…` URL. Each view renders on
// its first visit and is refreshed by `catalogChanged` or after a second, like product pages.
// Searches make the number of views open-ended: the cache handler (lib/cache/bounded-cache-handler.cjs)
// keeps search views in the server's bounded memory cache (least recently used out), never on disk.
export const revalidate = 1;

export async function generateStaticParams(): Promise<{ view: string }[]> {
  return [];
}

type Props = { params: Promise<{ view: string; locale: string }> };

function decodeView(view: string): string {
  try {
    return decodeURIComponent(view);
  } catch {
    return "";
  }
}

async function viewQuery(params: Props["params"]): Promise<ShopQuery> {
  const { view } = await params;
  const search = new URLSearchParams(view === SHOP_BROWSE_ALL ? "" : decodeView(view));
  return parseShopParams(Object.fromEntries(search));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  return shopMetadata(await viewQuery(params));
}

export default async function ShopBrowsePage({ params }: Props) {
  await pageLocale(params);
  const query = await viewQuery(params);
  const canonical = await shopViewRedirect(query);
  if (canonical) redirect(canonical);
  return <ShopListing query={query} />;
}
