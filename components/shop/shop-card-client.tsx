"use client";

// The shop card as a client component, for pages of many cards (see ./shop-card.tsx).
export { ShopCard as ClientShopCard } from "./shop-card";
