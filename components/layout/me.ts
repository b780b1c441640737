// The header's view of /api/me (components/layout/header-session.tsx).

/** `cartLabel` names the cart link for screen readers ("Cart, 3 items"), translated by the server. */
export type Me = { cartCount: number; cartLabel: string; user: { name: string | null; email: string | null; role: "customer" | "admin" } | null };

const nullableString = (value: unknown) => value === null || typeof value === "string";

/**
 * /api/me's answer, checked rather than trusted: an error page or an older server gives no header
 * data. Checked by hand, not with zod: this runs on every page, and even zod/mini's core is about
 * 23 kB (gzipped) of first-load JavaScript for these six fields.
 */
export function parseMe(body: unknown): Me | null {
  if (typeof body !== "object" || body === null) return null;
  const { cartCount, cartLabel, user } = body as Record<string, unknown>;
  if (!Number.isInteger(cartCount) || (cartCount as number) < 0 || typeof cartLabel !== "string") return null;
  const cart = { cartCount: cartCount as number, cartLabel };
  if (user === null) return { ...cart, user: null };
  if (typeof user !== "object" || user === undefined) return null;
  const { name, email, role } = user as Record<string, unknown>;
  if (!nullableString(name) || !nullableString(email) || (role !== "customer" && role !== "admin")) return null;
  return { ...cart, user: { name: name as string | null, email: email as string | null, role } };
}
