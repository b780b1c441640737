import { useTranslations } from "next-intl";

/** Five stars filled to the rating; the text beside them is what screen readers hear. */
export function Stars({ rating, className = "" }: { rating: number; className?: string }) {
  const percent = Math.max(0, Math.min(100, (rating / 5) * 100));
  return (
    <span aria-hidden="true" className={`relative inline-block leading-none tracking-tight ${className}`}>
      <span className="text-stone-300">★★★★★</span>
      <span className="absolute inset-0 overflow-hidden whitespace-nowrap text-amber-700" style={{ width: `${percent}%` }}>
        ★★★★★
      </span>
    </span>
  );
}

/** "Rated 4.5 out of 5 (from 3 reviews)" in the page's language, for screen readers. */
export function useRatingLabel() {
  const t = useTranslations("Reviews");
  return (rating: number, count?: number) =>
    count === undefined ? t("rated", { rating: rating.toFixed(1) }) : t("ratedFrom", { rating: rating.toFixed(1), count });
}

/** The compact rating a shop card shows, or nothing before the first review. */
export function CardRating({ rating, count }: { rating: number | null; count: number }) {
  const ratingLabel = useRatingLabel();
  if (rating === null || count === 0) return null;
  return (
    <p className="flex items-center gap-1 text-xs text-stone-700">
      <Stars rating={rating} />
      <span className="sr-only">{ratingLabel(rating, count)}</span>
      <span aria-hidden="true">
        {rating.toFixed(1)} ({count})
      </span>
    </p>
  );
}
