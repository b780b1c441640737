import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { AdminList } from "@/components/admin/admin-list";
import { adminListPage } from "@/components/admin/admin-list-page";
import { ProductImage } from "@/components/shop/product-image";
import { EditProductLink, FilterSearch, FilterSelect, td, tdRight } from "@/components/admin/ui";
import { LOW_STOCK, stockLevel } from "@/lib/catalog/stock";
import { formatUtc } from "@/lib/admin/format";
import { oneOf, param } from "@/lib/admin/params";
import { listAdminProducts, productFilters } from "@/lib/admin/products";
import { formatCents } from "@/lib/money/format";

export const metadata = { title: "Products" };

const filterLabels = { all: "All products", low: `Low stock (≤ ${LOW_STOCK})`, out: "Sold out", hidden: "Hidden from the shop" };

export default adminListPage((params) => ({ q: param(params, "q"), filter: oneOf(params, "filter", productFilters) }), listAdminProducts, ({ filters, result }) => (
  <AdminList
    title="Products"
    description="Name, description, category, tags, price, stock, visibility and photo. Changes show on the shop at once."
    aside={
      <Link href="/admin/products/new" className="text-sm font-semibold text-leaf-700 hover:underline">
        New product
      </Link>
    }
    filters={
      <>
        <FilterSearch label="Search products" name="q" value={filters.q} placeholder="Name or slug" />
        <FilterSelect label="Show" name="filter" value={filters.filter} options={productFilters.map((value) => ({ value: value === "all" ? "" : value, label: filterLabels[value] }))} />
      </>
    }
    columns={[{ label: "Product" }, { label: "Category" }, { label: "Price", align: "right" }, { label: "Stock", align: "right" }, { label: "Shop" }, { label: "Updated" }, { label: "Actions", hidden: true }]}
    empty="No products match."
    list={result}
    row={(product) => (
      <tr key={product.id}>
        <td className={td}>
          <div className="flex items-center gap-3">
            <ProductImage product={product} alt="" sizes="4rem" className="h-12 w-16 shrink-0 rounded-md bg-soil-100 object-cover" />
            <div>
              <span className="font-medium">{product.name}</span>
              <span className="block text-xs text-stone-600">{product.slug}</span>
            </div>
          </div>
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
          <EditProductLink product={product} />
        </td>
      </tr>
    )}
    basePath="/admin/products"
    params={filters}
    noun="product"
  />
));
