import { z } from "zod";

/** "4.5", "4.50", "$4.50", "1,204.00" → cents; null when it is not an amount of dollars and cents. */
export function dollarsToCents(input: string): number | null {
  const text = input.trim().replace(/^\$/, "").replace(/,/g, "");
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

export function centsToDollarsInput(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** A dollar amount typed by an operator, as integer cents. */
export const dollarsField = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, `Enter the ${label}`)
    .transform((value, context) => {
      const cents = dollarsToCents(value);
      if (cents === null) {
        context.addIssue({ code: "custom", message: `Enter the ${label} in dollars, like 4.50` });
        return z.NEVER;
      }
      return cents;
    });
