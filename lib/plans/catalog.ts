import { planIds, type PlanId } from "@/db/schema";

export { planIds, type PlanId };

/**
 * The three plans, the one definition that `/plans`, the Stripe sandbox and `npm run stripe:sync`
 * all read. Stripe prices are found by `lookupKey`, never by id, so the same code runs against
 * the sandbox and any real Stripe account.
 */
export type PlanDefinition = {
  id: PlanId;
  name: string;
  lookupKey: string;
  amountCents: number;
  currency: "usd";
  interval: "month" | "year";
  intervalCount: number;
  /** Length of one billing period in months, for comparing plans. */
  months: number;
  /** "every month", "every 3 months", "every year" */
  cadence: string;
};

export const PLAN_PRODUCT = {
  id: "beyond_earth_assistant",
  name: "Beyond Earth recipe assistant",
  description: "Unlimited use of the Beyond Earth recipe assistant.",
} as const;

export const plans: readonly PlanDefinition[] = [
  { id: "monthly", name: "Monthly", lookupKey: "plan_monthly", amountCents: 500, currency: "usd", interval: "month", intervalCount: 1, months: 1, cadence: "every month" },
  { id: "quarterly", name: "Quarterly", lookupKey: "plan_quarterly", amountCents: 1200, currency: "usd", interval: "month", intervalCount: 3, months: 3, cadence: "every 3 months" },
  { id: "annual", name: "Annual", lookupKey: "plan_annual", amountCents: 5000, currency: "usd", interval: "year", intervalCount: 1, months: 12, cadence: "every year" },
];

export const planLookupKeys = plans.map((plan) => plan.lookupKey);

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === "string" && (planIds as readonly string[]).includes(value);
}

export function getPlan(id: PlanId): PlanDefinition {
  const plan = plans.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`Unknown plan ${id}`);
  return plan;
}

export function planByLookupKey(lookupKey: string | null | undefined): PlanDefinition | undefined {
  return plans.find((plan) => plan.lookupKey === lookupKey);
}

/** What one month costs on this plan, rounded to the cent: Quarterly 400, Annual 417. */
export function effectiveMonthlyCents(plan: PlanDefinition): number {
  return Math.round(plan.amountCents / plan.months);
}

/** Whole percent saved against paying Monthly for the same time: Quarterly 20, Annual 17. */
export function savingPercent(plan: PlanDefinition): number {
  const monthly = getPlan("monthly");
  const paidPerMonth = plan.amountCents / plan.months;
  return Math.round((1 - paidPerMonth / monthly.amountCents) * 100);
}
