import "server-only";
import { isSandbox } from "@/lib/payments/stripe";
import { sandboxNow } from "@/lib/payments/sandbox";

/**
 * "Now" for billing questions (is the grace period over, has the period ended). In the sandbox
 * that is the sandbox clock, which an operator or a test may have moved ahead of the wall clock,
 * exactly as a Stripe test clock would.
 */
export async function billingNow(): Promise<number> {
  return isSandbox() ? sandboxNow() : Date.now();
}
