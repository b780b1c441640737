import type { OrderStatus } from "@/db/schema";

/** How each order status reads to a shopper (and an operator). */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: "Awaiting payment",
  paid: "Paid",
  failed: "Payment failed",
  canceled: "Canceled",
  refunded: "Refunded",
  partially_refunded: "Partially refunded",
};

/** Orders that took money (refunds included): their total, less what was refunded, is revenue. */
export const PAID_STATUSES: readonly OrderStatus[] = ["paid", "partially_refunded", "refunded"];

