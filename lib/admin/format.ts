/** Operators across time zones read one clock: every admin time is UTC. */
export function formatUtc(at: Date | null | undefined): string {
  if (!at) return "—";
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function formatUtcDate(at: Date | null | undefined): string {
  return at ? at.toISOString().slice(0, 10) : "—";
}

/** "2025-03-04" → "Mar 4". */
export function shortDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return date.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}
