import { useLocale, useTranslations } from "next-intl";
import { LOCALE_FORMAT_TAGS } from "@/lib/i18n/locales";
import type { RatingSummary, ReviewView } from "@/lib/reviews/reviews";
import { useRatingLabel, Stars } from "./stars";

export function RatingOverview({ summary }: { summary: RatingSummary }) {
  const t = useTranslations("Reviews");
  const ratingLabel = useRatingLabel();
  if (summary.average === null) return <p className="text-sm text-stone-600">{t("none")}</p>;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:gap-10">
      <div className="flex flex-col gap-1">
        <p data-testid="rating-average" className="text-4xl font-bold text-stone-900">
          {summary.average.toFixed(1)}
        </p>
        <Stars rating={summary.average} className="text-xl" />
        <p className="text-sm text-stone-700">
          <span className="sr-only">{ratingLabel(summary.average)}, </span>
          <span data-testid="rating-count">{t("count", { count: summary.count })}</span>
        </p>
      </div>
      <table className="text-sm">
        <caption className="sr-only">{t("distribution")}</caption>
        <tbody>
          {[5, 4, 3, 2, 1].map((stars) => {
            const n = summary.distribution[stars - 1];
            const percent = summary.count ? Math.round((n / summary.count) * 100) : 0;
            return (
              <tr key={stars}>
                <th scope="row" className="whitespace-nowrap pr-3 text-left font-medium text-stone-700">
                  {t("stars", { count: stars })}
                </th>
                <td className="w-40 pr-3">
                  <span className="block h-2 overflow-hidden rounded-full bg-stone-200">
                    <span className="block h-2 rounded-full bg-amber-600" style={{ width: `${percent}%` }} />
                  </span>
                </td>
                <td className="text-right tabular-nums text-stone-700">{n}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ReviewList({ reviews }: { reviews: ReviewView[] }) {
  const t = useTranslations("Reviews");
  const ratingLabel = useRatingLabel();
  const dateFormat = new Intl.DateTimeFormat(LOCALE_FORMAT_TAGS[useLocale()], { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ol aria-label={t("list")} className="flex flex-col divide-y divide-stone-200">
      {reviews.map((review) => (
        <li key={review.id} className="flex flex-col gap-1 py-4">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Stars rating={review.rating} />
            <span className="sr-only">{ratingLabel(review.rating)}</span>
            {review.title ? <span className="font-semibold text-stone-900">{review.title}</span> : null}
          </p>
          <p className="text-xs text-stone-600">
            {review.author} · <span className="font-medium text-leaf-900">{t("verified")}</span> · {dateFormat.format(new Date(review.createdAt))}
            {Date.parse(review.updatedAt) - Date.parse(review.createdAt) > 60_000 ? ` · ${t("edited")}` : ""}
          </p>
          {review.body ? <p className="whitespace-pre-line break-words text-sm leading-relaxed text-stone-800">{review.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
