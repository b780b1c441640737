import { describe, expect, it } from "vitest";
import { isEntitled, PAST_DUE_GRACE_MS } from "@/lib/plans/entitlement";

const now = Date.parse("2026-06-15T12:00:00Z");
const HOUR = 60 * 60 * 1000;
const periodEnd = new Date(now + 20 * 24 * HOUR);

function subscription(status: string, extra: { pastDueSince?: Date | null; currentPeriodEnd?: Date | null; cancelAtPeriodEnd?: boolean } = {}) {
  return { status, pastDueSince: null, currentPeriodEnd: periodEnd, ...extra };
}

describe("who may use the assistant without counting free uses", () => {
  it("active and trialing plans unlock it", () => {
    expect(isEntitled(subscription("active"), now)).toBe(true);
    expect(isEntitled(subscription("trialing"), now)).toBe(true);
  });

  it("a plan canceled at period end unlocks it until the period ends, not after", () => {
    expect(isEntitled(subscription("active", { cancelAtPeriodEnd: true }), now)).toBe(true);
    expect(isEntitled(subscription("active", { cancelAtPeriodEnd: true, currentPeriodEnd: new Date(now - 1000) }), now)).toBe(false);
    // Without a cancellation, a period end in the past is a renewal Stripe is still charging.
    expect(isEntitled(subscription("active", { currentPeriodEnd: new Date(now - 1000) }), now)).toBe(true);
  });

  it("a past_due plan keeps it for a 3-day grace from the failed renewal, then loses it", () => {
    const since = new Date(now - 2 * 24 * HOUR);
    expect(isEntitled(subscription("past_due", { pastDueSince: since }), now)).toBe(true);
    expect(isEntitled(subscription("past_due", { pastDueSince: since }), since.getTime() + PAST_DUE_GRACE_MS - 1)).toBe(true);
    expect(isEntitled(subscription("past_due", { pastDueSince: since }), since.getTime() + PAST_DUE_GRACE_MS)).toBe(false);
    expect(PAST_DUE_GRACE_MS).toBe(3 * 24 * HOUR);
  });

  it.each(["incomplete", "incomplete_expired", "unpaid", "canceled", "paused"])("%s does not unlock it", (status) => {
    expect(isEntitled(subscription(status), now)).toBe(false);
  });
});
