// Catalogue shapes. Plain JSON (no Dates) because cached entries are stored as JSON.

export type ProductCard = {
  id: number;
  slug: string;
  name: string;
  category: string;
  categoryName: string;
  tags: string[];
  priceCents: number;
  stock: number;
  image: string;
  /** Content hash of the operator's photo (see lib/catalog/photo-urls.ts); null: the artwork in `image`. */
  photo: string | null;
  featured: boolean;
  /** Average of visible reviews (one decimal), or null before the first review. */
  rating: number | null;
  ratingCount: number;
};

export type ProductDetail = ProductCard & {
  description: string;
  origin: string;
  sustainability: string;
};

export type RecipeSummary = {
  slug: string;
  title: string;
  summary: string;
  meal: string;
  minutes: number;
  servings: number;
};

export type CategorySummary = { slug: string; name: string; description: string; productCount: number };

export type ProductPage = {
  items: ProductCard[];
  /** Matches found, up to a cap for searches (see `totalIsCapped`). */
  total: number;
  /** A search matched more products than were counted: show "1000+". */
  totalIsCapped: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
  /** False when no product matched every word and the results match any of them instead. */
  matchedAllWords: boolean;
};

export type HomeCatalog = { featured: ProductCard[]; seasonal: ProductCard[]; recipes: RecipeSummary[] };
