import { describe, expect, it } from "vitest";
import { addPeriods, nextPeriodEnd, sameBillingPeriod } from "@/lib/stripe-sandbox/billing/periods";

const at = (iso: string) => Date.parse(iso) / 1000;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

describe("sandbox billing periods", () => {
  it("renews monthly, quarterly and annual plans on the same day of the month", () => {
    const anchor = at("2026-01-15T10:30:00Z");
    expect(iso(addPeriods(anchor, { interval: "month", interval_count: 1 }, 1))).toBe("2026-02-15T10:30:00.000Z");
    expect(iso(addPeriods(anchor, { interval: "month", interval_count: 3 }, 1))).toBe("2026-04-15T10:30:00.000Z");
    expect(iso(addPeriods(anchor, { interval: "year", interval_count: 1 }, 1))).toBe("2027-01-15T10:30:00.000Z");
  });

  it("ends a period on the last day of a short month and goes back to the anchor day after", () => {
    const anchor = at("2026-01-31T00:00:00Z");
    const monthly = { interval: "month" as const, interval_count: 1 };
    const february = nextPeriodEnd(anchor, anchor, monthly);
    expect(iso(february)).toBe("2026-02-28T00:00:00.000Z");
    expect(iso(nextPeriodEnd(anchor, february, monthly))).toBe("2026-03-31T00:00:00.000Z");
  });

  it("treats month×1 and month×3 as different billing periods", () => {
    expect(sameBillingPeriod({ interval: "month", interval_count: 1 }, { interval: "month", interval_count: 3 })).toBe(false);
    expect(sameBillingPeriod({ interval: "year", interval_count: 1 }, { interval: "year", interval_count: 1 })).toBe(true);
  });
});
