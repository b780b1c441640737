import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { adminListPage } from "@/components/admin/admin-list-page";
import { ReviewModeration } from "@/components/admin/review-moderation";
import { FilterSelect, td } from "@/components/admin/ui";
import { formatUtc } from "@/lib/admin/format";
import { oneOf } from "@/lib/admin/params";
import { listAdminReviews, reviewVisibilityFilters } from "@/lib/reviews/reviews";
import { moderateReview } from "@/app/admin/reviews/actions";

export const metadata = { title: "Reviews" };

export default adminListPage((params) => ({ visibility: oneOf(params, "visibility", reviewVisibilityFilters) }), listAdminReviews, ({ filters, result }) => (
  <AdminList
    title="Reviews"
    description="Every review, newest first. A hidden review leaves the product page and its average; its author still sees it with your reason."
    filters={
      <FilterSelect label="Visibility" name="visibility" value={filters.visibility} any="All reviews" options={[{ value: "visible", label: "Visible" }, { value: "hidden", label: "Hidden" }]} />
    }
    columns={[{ label: "Product" }, { label: "Rating" }, { label: "Review" }, { label: "Author" }, { label: "Written" }, { label: "Status" }, { label: "Actions", hidden: true }]}
    empty="No reviews match."
    list={result}
    row={(review) => (
      <tr key={review.id}>
        <td className={td}>
          <Link href={`/shop/${review.productSlug}#reviews`} className="font-medium text-leaf-700 hover:underline">
            {review.productName}
          </Link>
        </td>
        <td className={`${td} tabular-nums`}>{review.rating} / 5</td>
        <td className="max-w-md px-3 py-2 align-top text-sm text-stone-800">
          {review.title ? <p className="font-semibold">{review.title}</p> : null}
          <p className="whitespace-pre-line break-words">{review.body}</p>
        </td>
        <td className={`${td} text-xs`}>{review.authorEmail}</td>
        <td className={`${td} text-xs`}>{formatUtc(new Date(review.createdAt))}</td>
        <td className={`${td} text-xs`}>
          {review.hidden ? (
            <>
              <span className="font-semibold text-red-800">Hidden</span>
              <span className="block max-w-48 whitespace-normal text-stone-700">{review.hiddenReason}</span>
            </>
          ) : (
            <span className="font-semibold text-leaf-900">Visible</span>
          )}
        </td>
        <td className={`${td} text-right`}>
          <ReviewModeration reviewId={review.id} hidden={review.hidden} action={moderateReview} />
        </td>
      </tr>
    )}
    basePath="/admin/reviews"
    params={filters}
    noun="review"
  />
));
