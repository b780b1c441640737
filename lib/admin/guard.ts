import "server-only";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { isAdmin, type AdminUser } from "./access";
import { pageParam, type SearchParams } from "./params";

/**
 * For admin pages (and the admin layout): anyone but an admin gets the 404 page, so the console's
 * existence is not revealed. Signed-out visitors never get this far: middleware sends them to sign in.
 * Admin server actions check the same through lib/actions/action.ts (`auth: "admin"`).
 */
export async function requireAdmin(): Promise<AdminUser> {
  const user = await currentUser();
  if (!isAdmin(user)) notFound();
  return user;
}

/**
 * The start of every console list page: the admin, the filters its query asks for, then that page of
 * the list. The filters come back too, so the page's links keep them.
 */
export async function requireAdminList<Filters, Result extends { ok: boolean }>(
  searchParams: Promise<SearchParams>,
  filtersOf: (params: SearchParams) => Filters,
  list: (admin: AdminUser, query: Filters & { page: number }) => Promise<Result>,
): Promise<{ filters: Filters; result: Extract<Result, { ok: true }> }> {
  const admin = await requireAdmin();
  const params = await searchParams;
  const filters = filtersOf(params);
  const result = await list(admin, { ...filters, page: pageParam(params) });
  if (!result.ok) notFound();
  return { filters, result: result as Extract<Result, { ok: true }> };
}
