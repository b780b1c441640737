import { ProductForm } from "@/components/admin/product-form";
import { PageHeader } from "@/components/admin/ui";
import { requireAdmin } from "@/lib/admin/guard";
import { listCategories } from "@/lib/catalog/queries";
import { createProductAction } from "@/app/admin/products/actions";

export const metadata = { title: "New product" };

export default async function NewProductPage() {
  await requireAdmin();
  const categories = await listCategories();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader back={{ href: "/admin/products", label: "Products" }} title="New product" description="After creating it, upload its photo on its page." />
      <section aria-label="New product" className="rounded-lg border border-stone-200 bg-white p-5">
        <ProductForm mode="create" action={createProductAction} categories={categories} />
      </section>
    </div>
  );
}
