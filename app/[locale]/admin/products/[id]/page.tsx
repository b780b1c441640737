import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin/badge";
import { Alert } from "@/components/ui/alert";
import { ProductForm } from "@/components/admin/product-form";
import { ProductPhotoForm } from "@/components/admin/product-photo-form";
import { ProductImage } from "@/components/shop/product-image";
import { PageHeader } from "@/components/admin/ui";
import { formatUtc } from "@/lib/admin/format";
import { requireAdmin } from "@/lib/admin/guard";
import { centsToDollarsInput } from "@/lib/admin/money";
import { getAdminProduct } from "@/lib/admin/products";
import { listCategories } from "@/lib/catalog/queries";
import { formatCents } from "@/lib/money/format";
import { saveProduct, uploadProductPhoto } from "@/app/admin/products/actions";

export const metadata = { title: "Edit product" };

export default async function AdminProductPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const admin = await requireAdmin();
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const result = await getAdminProduct(admin, Number(id));
  if (!result.ok) notFound();
  const { product } = result;
  const categories = await listCategories();
  const created = (await searchParams).created === "1";

  return (
    <div className="flex flex-col gap-4">
      <PageHeader back={{ href: "/admin/products", label: "Products" }} title={product.name} description={`${product.slug} · ${product.category}`}>
        {product.visible ? (
          <Link href={`/shop/${product.slug}`} className="text-sm font-semibold text-leaf-700 hover:underline">
            View in the shop
          </Link>
        ) : (
          <Badge tone="grey">hidden from the shop</Badge>
        )}
      </PageHeader>
      {created ? <Alert tone="success">Created {product.name}. Upload its photo below.</Alert> : null}
      <div className="grid gap-6 md:grid-cols-[1fr_18rem]">
        <section aria-label="Edit product" className="rounded-lg border border-stone-200 bg-white p-5">
          <ProductForm
            mode="edit"
            action={saveProduct}
            productId={product.id}
            stock={product.stock}
            categories={categories}
            initial={{
              name: product.name,
              description: product.description,
              category: product.category,
              tags: product.tags.join(", "),
              price: centsToDollarsInput(product.priceCents),
              stock: String(product.stock),
              visible: product.visible,
            }}
          />
        </section>
        <section aria-label="Photo" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-5 md:col-start-1">
          <h2 className="text-base font-semibold text-stone-900">Photo</h2>
          <div className="aspect-[4/3] w-full max-w-sm overflow-hidden rounded-lg bg-soil-100">
            <ProductImage product={product} sizes="24rem" className="h-full w-full object-cover" />
          </div>
          {product.photo ? null : <p className="text-sm text-stone-600">No photo yet: the shop shows the category drawing.</p>}
          <ProductPhotoForm action={uploadProductPhoto} productId={product.id} />
        </section>
        <dl className="grid h-fit md:col-start-2 md:row-start-1 grid-cols-2 gap-x-3 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm">
          <dt className="text-stone-600">Price</dt>
          <dd className="tabular-nums">{formatCents(product.priceCents)}</dd>
          <dt className="text-stone-600">Stock</dt>
          <dd className="tabular-nums">{product.stock}</dd>
          <dt className="text-stone-600">Featured</dt>
          <dd>{product.featured ? "yes" : "no"}</dd>
          <dt className="text-stone-600">Created</dt>
          <dd className="text-xs">{formatUtc(product.createdAt)}</dd>
          <dt className="text-stone-600">Updated</dt>
          <dd className="text-xs">{formatUtc(product.updatedAt)}</dd>
        </dl>
      </div>
    </div>
  );
}
