import { describe, expect, it } from "vitest";
import { effectiveMonthlyCents, getPlan, isPlanId, planByLookupKey, plans, savingPercent } from "@/lib/plans/catalog";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { formatCents } from "@/lib/money/format";

describe("the plan catalogue", () => {
  it("sells Monthly $5, Quarterly $12 every 3 months and Annual $50 every year, by lookup key", () => {
    expect(plans.map((plan) => [plan.id, formatCents(plan.amountCents), plan.interval, plan.intervalCount, plan.lookupKey])).toEqual([
      ["monthly", "$5.00", "month", 1, "plan_monthly"],
      ["quarterly", "$12.00", "month", 3, "plan_quarterly"],
      ["annual", "$50.00", "year", 1, "plan_annual"],
    ]);
  });

  it("quotes round plan prices short, as the assistant's plan offer does, and keeps cents when there are some", () => {
    expect(plans.map((plan) => formatCents(plan.amountCents, plan.currency, DEFAULT_LOCALE, { wholeAmounts: "short" }))).toEqual(["$5", "$12", "$50"]);
    expect(formatCents(417, "usd", DEFAULT_LOCALE, { wholeAmounts: "short" })).toBe("$4.17");
    expect(formatCents(500)).toBe("$5.00");
  });

  it("shows each plan's effective monthly price and its saving against Monthly", () => {
    expect(formatCents(effectiveMonthlyCents(getPlan("monthly")))).toBe("$5.00");
    expect(formatCents(effectiveMonthlyCents(getPlan("quarterly")))).toBe("$4.00");
    expect(formatCents(effectiveMonthlyCents(getPlan("annual")))).toBe("$4.17");
    expect(savingPercent(getPlan("monthly"))).toBe(0);
    expect(savingPercent(getPlan("quarterly"))).toBe(20);
    expect(savingPercent(getPlan("annual"))).toBe(17);
  });

  it("recognises plan ids and lookup keys and nothing else", () => {
    expect(isPlanId("quarterly")).toBe(true);
    expect(isPlanId("weekly")).toBe(false);
    expect(isPlanId(undefined)).toBe(false);
    expect(planByLookupKey("plan_annual")?.id).toBe("annual");
    expect(planByLookupKey("plan_lifetime")).toBeUndefined();
  });
});
