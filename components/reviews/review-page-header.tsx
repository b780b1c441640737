import Link from "next/link";
import { useTranslations } from "next-intl";

/** The heading of a product's review pages, with the way back to the product. */
export function ReviewPageHeader({ product, title }: { product: { slug: string; name: string }; title: string }) {
  const t = useTranslations("ReviewPages");
  return (
    <div>
      <Link href={`/shop/${product.slug}`} className="text-sm text-leaf-700 underline underline-offset-2">
        {t("back", { name: product.name })}
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{title}</h1>
    </div>
  );
}
