/**
 * Who may operate the shop. Every admin function in `lib/admin` takes the acting user and checks
 * this itself, so a page, a server action and a test all meet the same rule.
 */
export type Actor = { id: string; role: "customer" | "admin"; email?: string | null } | null | undefined;
export type AdminUser = { id: string; role: "admin"; email?: string | null };

export function isAdmin(actor: Actor): actor is AdminUser {
  return Boolean(actor && actor.id && actor.role === "admin");
}

/** What a non-admin gets back from any admin action: the same answer as for a page that does not exist. */
export type Refusal = { ok: false; message: "Not found" };
export const REFUSAL: Refusal = Object.freeze({ ok: false, message: "Not found" });

export type FieldErrors = Record<string, string[] | undefined>;
export type Failure = { ok: false; message: string; fieldErrors?: FieldErrors };
