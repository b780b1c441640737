// Building an Intl.NumberFormat costs far more than using one, and a listing formats dozens of prices.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Money is integer cents everywhere; this is the one place it becomes text. `wholeAmounts: "short"`
 * drops ".00" from a round amount ("$5", as plan prices are quoted) and keeps the cents otherwise.
 */
export function formatCents(cents: number, currency = "usd", { wholeAmounts = "cents" }: { wholeAmounts?: "cents" | "short" } = {}): string {
  const code = currency.toUpperCase();
  const short = wholeAmounts === "short" && cents % 100 === 0;
  const key = `${code}${short ? ":short" : ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: code, ...(short ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
