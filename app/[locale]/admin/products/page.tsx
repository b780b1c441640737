import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin/badge";
import { Pagination } from "@/components/admin/pagination";
import { AdminTable, FilterForm, FilterSearch, FilterSelect, PageHeader, td, tdRight } from "@/components/admin/ui";
import { LOW_STOCK, stockLevel } from "@/lib/catalog/stock";
import { formatUtc } from "@/lib/admin/format";
import { requireAdmin } from "@/lib/admin/guard";
import { oneOf, pageParam, param, type SearchParams } from "@/lib/admin/params";
import { listAdminProducts, productFilters } from "@/lib/admin/products";
import { formatCents } from "@/lib/money/format";

export const metadata = { title: "Products" };

const filterLabels = { all: "All products", low: `Low stock (≤ ${LOW_STOCK})`, out: "Sold out", hidden: "Hidden from the shop" };

export default async function AdminProductsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin();
  const params = await searchParams;
  const q = param(params, "q");
  const filter = oneOf(params, "filter", productFilters);
  const result = await listAdminProducts(admin, { q, filter, page: pageParam(params) });
  if (!result.ok) notFound();

  return (
    <div>
      <PageHeader title="Products" description="Name, description, category, tags, price, stock, visibility and photo. Changes show on the shop at once.">
        <Link href="/admin/products/new" className="text-sm font-semibold text-leaf-700 hover:underline">
          New product
        </Link>
      </PageHeader>
      <FilterForm label="Filter products">
        <FilterSearch label="Search products" name="q" value={q} placeholder="Name or slug" />
        <FilterSelect
          label="Show"
          name="filter"
          value={filter}
          options={productFilters.map((value) => ({ value: value === "all" ? "" : value, label: filterLabels[value] }))}
        />
      </FilterForm>
      <AdminTable
        caption="Products"
        columns={[{ label: "Product" }, { label: "Category" }, { label: "Price", align: "right" }, { label: "Stock", align: "right" }, { label: "Shop" }, { label: "Updated" }, { label: "Actions", hidden: true }]}
        isEmpty={result.rows.length === 0}
        empty="No products match."
      >
        {result.rows.map((product) => (
          <tr key={product.id}>
            <td className={td}>
              <span className="font-medium">{product.name}</span>
              <span className="block text-xs text-stone-600">{product.slug}</span>
            </td>
            <td className={td}>{product.categoryName}</td>
            <td className={tdRight}>{formatCents(product.priceCents)}</td>
            <td className={tdRight}>
              {stockLevel(product.stock) === "sold-out" ? (
                <Badge tone="red">sold out</Badge>
              ) : stockLevel(product.stock) === "low" ? (
                <span className="font-semibold text-amber-800">{product.stock}</span>
              ) : (
                product.stock
              )}
            </td>
            <td className={td}>{product.visible ? <Badge tone="green">visible</Badge> : <Badge tone="grey">hidden</Badge>}</td>
            <td className={`${td} text-xs text-stone-600`}>{formatUtc(product.updatedAt)}</td>
            <td className={`${td} text-right`}>
              <Link className="font-semibold text-leaf-700 hover:underline" href={`/admin/products/${product.id}`} aria-label={`Edit ${product.name}`}>
                Edit
              </Link>
            </td>
          </tr>
        ))}
      </AdminTable>
      <Pagination basePath="/admin/products" params={{ q, filter }} page={result.page} pages={result.pages} total={result.total} noun="product" />
    </div>
  );
}
