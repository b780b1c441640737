import type { ReactNode } from "react";
import type { AdminUser } from "@/lib/admin/access";
import { requireAdminList } from "@/lib/admin/guard";
import type { SearchParams } from "@/lib/admin/params";

/**
 * A console list page (the default export of its page.tsx): the admin check, the filters its query
 * asks for and that page of the list (requireAdminList), then what `render` draws from them.
 */
export function adminListPage<Filters, Result extends { ok: boolean }>(
  filtersOf: (params: SearchParams) => Filters,
  list: (admin: AdminUser, query: Filters & { page: number }) => Promise<Result>,
  render: (page: { filters: Filters; result: Extract<Result, { ok: true }> }) => ReactNode,
) {
  return async function AdminListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
    return render(await requireAdminList(searchParams, filtersOf, list));
  };
}
