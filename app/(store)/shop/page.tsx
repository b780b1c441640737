import type { Metadata } from "next";
import { ShopListing, shopMetadata } from "@/components/shop/shop-listing";
import { parseShopParams } from "@/lib/catalog/params";

// Searches render here per request (from cached data). Browsing without a search is rewritten by
// middleware to the cached `/shop/browse/[view]` route, which renders the same listing.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return shopMetadata(parseShopParams(await searchParams));
}

export default async function ShopPage({ searchParams }: Props) {
  return <ShopListing query={parseShopParams(await searchParams)} />;
}
