import Link from "next/link";

/** Previous/next links that keep the current filters. */
export function Pagination({
  basePath,
  params,
  page,
  pages,
  total,
  noun,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pages: number;
  total: number;
  noun: string;
}) {
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100";
  const disabled = "rounded-md border border-stone-200 px-3 py-1 text-stone-600";
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between text-sm text-stone-600">
      <p>
        {total} {noun}
        {total === 1 ? "" : "s"} · page {page} of {pages}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={href(page - 1)} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={disabled}>Previous</span>
        )}
        {page < pages ? (
          <Link className={link} href={href(page + 1)} rel="next">
            Next
          </Link>
        ) : (
          <span className={disabled}>Next</span>
        )}
      </div>
    </nav>
  );
}
