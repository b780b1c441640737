// The one home of the stock rule: shop pages, the cart, the operator console and the assistant all
// read a product's level from here. Client-safe (no imports).

/** Below this many units a product shows how many are left. */
export const LOW_STOCK = 5;

export type StockLevel = "sold-out" | "low" | "in-stock";

export function stockLevel(stock: number): StockLevel {
  if (stock <= 0) return "sold-out";
  return stock <= LOW_STOCK ? "low" : "in-stock";
}

export function stockText(stock: number): string {
  const level = stockLevel(stock);
  if (level === "sold-out") return "Sold out";
  return level === "low" ? `Only ${stock} left` : "In stock";
}
