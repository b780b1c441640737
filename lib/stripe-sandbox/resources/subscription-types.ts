// The subscription object's shape, apart from the code that runs it: schedules and billing read
// it without importing the subscription resource (which imports them).
import type { StoredObject } from "../store";
import type { SandboxPrice } from "./prices";

export type SubscriptionStatus = "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "canceled" | "unpaid" | "paused";

export type SandboxSubscriptionItem = StoredObject & {
  object: "subscription_item";
  price: SandboxPrice;
  quantity: number;
  subscription: string;
  current_period_start: number;
  current_period_end: number;
  created: number;
};

export type SandboxSubscription = StoredObject & {
  object: "subscription";
  status: SubscriptionStatus;
  customer: string;
  items: { object: "list"; data: SandboxSubscriptionItem[]; has_more: false; total_count: number; url: string };
  latest_invoice: string | null;
  default_payment_method: string | null;
  cancel_at_period_end: boolean;
  cancel_at: number | null;
  canceled_at: number | null;
  ended_at: number | null;
  cancellation_details: { comment: string | null; feedback: string | null; reason: "cancellation_requested" | "payment_failed" | "payment_disputed" | null };
  billing_cycle_anchor: number;
  billing_mode: { type: "flexible"; flexible: { proration_discounts: "included" }; updated_at: number };
  metadata: Record<string, string>;
  payment_settings: { payment_method_options: null; payment_method_types: null; save_default_payment_method: "on_subscription" | "off" | null };
  schedule: string | null;
  created: number;
  start_date: number;
};

