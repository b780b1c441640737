import type { ReactNode } from "react";
import { Pagination } from "@/components/admin/pagination";
import { AdminTable, FilterForm, PageHeader, type AdminColumn } from "@/components/admin/ui";
import type { Paged } from "@/lib/admin/paging";

/**
 * A console list page: header, the GET filter form, the table (one row a record), and pages that keep
 * the filters. The title names the table and the filter form ("Filter orders").
 */
export function AdminList<Row>({
  title,
  description,
  aside,
  filters,
  columns,
  empty,
  list,
  row,
  basePath,
  params,
  noun,
}: {
  title: string;
  description: string;
  aside?: ReactNode;
  filters: ReactNode;
  columns: readonly AdminColumn[];
  empty: string;
  list: Paged<Row>;
  row: (row: Row) => ReactNode;
  basePath: string;
  params: Record<string, string | undefined>;
  noun: string;
}) {
  return (
    <div>
      <PageHeader title={title} description={description}>
        {aside}
      </PageHeader>
      <FilterForm label={`Filter ${title.toLowerCase()}`}>{filters}</FilterForm>
      <AdminTable caption={title} columns={columns} isEmpty={list.rows.length === 0} empty={empty}>
        {list.rows.map(row)}
      </AdminTable>
      <Pagination basePath={basePath} params={params} page={list.page} pages={list.pages} total={list.total} noun={noun} />
    </div>
  );
}
