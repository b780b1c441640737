// The one home of the stock rule: shop pages, the cart, the operator console and the assistant all
// read a product's level from here. Client-safe (no imports).

/** Below this many units a product shows how many are left. */
export const LOW_STOCK = 5;

export type StockLevel = "sold-out" | "low" | "in-stock";

export function stockLevel(stock: number): StockLevel {
  if (stock <= 0) return "sold-out";
  return stock <= LOW_STOCK ? "low" : "in-stock";
}

/**
 * The same levels as the assistant's tools spell them: tool outputs are stored with past
 * conversations and read back by the local model, so their spelling stays; this is the one map.
 */
export const TOOL_STOCK_STATUS = { "in-stock": "in_stock", low: "low_stock", "sold-out": "sold_out" } as const satisfies Record<StockLevel, string>;
export type ToolStockStatus = (typeof TOOL_STOCK_STATUS)[StockLevel];

export function toolStockStatus(stock: number): ToolStockStatus {
  return TOOL_STOCK_STATUS[stockLevel(stock)];
}

export function stockText(stock: number): string {
  const level = stockLevel(stock);
  if (level === "sold-out") return "Sold out";
  return level === "low" ? `Only ${stock} left` : "In stock";
}
