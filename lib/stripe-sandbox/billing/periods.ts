/**
 * Calendar arithmetic for billing periods, in unix seconds and UTC, the way Stripe bills: periods
 * count from the billing cycle anchor, and a month that lacks the anchor's day ends on its last
 * day (an anchor on Jan 31 renews on Feb 28, then on Mar 31).
 */
export type Recurring = { interval: "day" | "week" | "month" | "year"; interval_count: number };

export const DAY_SECONDS = 24 * 60 * 60;

function addMonths(anchor: number, months: number): number {
  const date = new Date(anchor * 1000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return Math.floor(
    Date.UTC(year, month, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()) / 1000,
  );
}

/** The end of the `periods`-th period after the anchor. */
export function addPeriods(anchor: number, recurring: Recurring, periods: number): number {
  const count = recurring.interval_count * periods;
  switch (recurring.interval) {
    case "day":
      return anchor + count * DAY_SECONDS;
    case "week":
      return anchor + count * 7 * DAY_SECONDS;
    case "month":
      return addMonths(anchor, count);
    case "year":
      return addMonths(anchor, count * 12);
  }
}

/** The first period boundary after `start`, counted from the anchor. */
export function nextPeriodEnd(anchor: number, start: number, recurring: Recurring): number {
  for (let periods = 1; ; periods++) {
    const end = addPeriods(anchor, recurring, periods);
    if (end > start) return end;
  }
}

export function sameBillingPeriod(a: Recurring | null, b: Recurring | null): boolean {
  return !!a && !!b && a.interval === b.interval && a.interval_count === b.interval_count;
}
