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

/** Timeline type of a refund Stripe accepted and later could not make (failed or canceled). */
export const REFUND_FAILED = "refund_failed";

/**
 * Timeline entries written for the operator (what to restock, a refund to redo, a refund asked of
 * Stripe and not yet made): the shopper's order page leaves them out.
 */
export const OPERATOR_TIMELINE_TYPES: readonly string[] = ["shortage", REFUND_FAILED, "refund_requested", "restocked"];
