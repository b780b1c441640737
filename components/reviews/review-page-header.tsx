import Link from "next/link";

/** The heading of a product's review pages, with the way back to the product. */
export function ReviewPageHeader({ product, title }: { product: { slug: string; name: string }; title: string }) {
  return (
    <div>
      <Link href={`/shop/${product.slug}`} className="text-sm text-leaf-700 underline underline-offset-2">
        Back to {product.name}
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{title}</h1>
    </div>
  );
}
