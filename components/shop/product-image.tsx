import { photoImage, type PhotoWidth } from "@/lib/catalog/photo-urls";

/**
 * A product's uploaded photo in its three widths (the browser picks by `sizes`), or its category
 * artwork when it has none. Width and height are set so the page does not move as it loads.
 */
export function ProductImage({
  product,
  sizes,
  className = "",
  eager = false,
  alt = product.name,
  widths,
}: {
  product: { id: number; name: string; image: string; photo: string | null };
  sizes: string;
  className?: string;
  eager?: boolean;
  /** "" where the product's name is written beside the image (a cart line), so it is not read twice. */
  alt?: string;
  /** The photo widths to offer, when the image is never shown large (shop cards). */
  widths?: readonly PhotoWidth[];
}) {
  const photo = photoImage(product, widths);
  // An eager image is on the first screen, often the page's largest paint: fetched at once, first.
  const loading = eager ? "eager" : "lazy";
  const fetchPriority = eager ? "high" : undefined;
  if (!photo) {
    // Local SVG artwork, already small: no optimiser needed.
    return <img src={product.image} alt={alt} width={400} height={300} loading={loading} fetchPriority={fetchPriority} className={className} />;
  }
  return (
    <img
      src={photo.src}
      srcSet={photo.srcSet}
      sizes={sizes}
      alt={alt}
      width={photo.width}
      height={photo.height}
      loading={loading}
      fetchPriority={fetchPriority}
      decoding="async"
      className={className}
    />
  );
}
