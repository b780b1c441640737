import type { Metadata } from "next";
import { ShopListing, shopMetadata } from "@/components/shop/shop-listing";
import { parseShopParams } from "@/lib/catalog/params";

// Middleware rewrites every `/shop` request to the cached `/shop/browse/[view]` route, which renders
// the same listing; this page answers only where middleware does not run.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return shopMetadata(parseShopParams(await searchParams));
}

export default async function ShopPage({ searchParams }: Props) {
  return <ShopListing query={parseShopParams(await searchParams)} />;
}
