/** The category drawing a product shows until it has a photo of its own (public/images/categories). */
export function categoryImage(category: string) {
  return `/images/categories/${category}.svg`;
}
