// Building an Intl.NumberFormat costs far more than using one, and a listing formats dozens of prices.
const formatters = new Map<string, Intl.NumberFormat>();

/** Money is integer cents everywhere; this is the one place it becomes text. */
export function formatCents(cents: number, currency = "usd"): string {
  const code = currency.toUpperCase();
  let formatter = formatters.get(code);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: code });
    formatters.set(code, formatter);
  }
  return formatter.format(cents / 100);
}
