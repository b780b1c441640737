import Link from "next/link";
import type { ReactNode } from "react";

const LINK_CLASS = "font-semibold text-leaf-700 underline";

/**
 * A link inside a translated sentence: `t.rich("updateCart", { link: linkTo("/cart") })` wraps the
 * words the message marks `<link>…</link>`, so each language decides where the link falls.
 */
export function linkTo(href: string, { className = LINK_CLASS, prefetch }: { className?: string; prefetch?: boolean } = {}) {
  function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} prefetch={prefetch} className={className}>
        {chunks}
      </Link>
    );
  }
  return RichLink;
}
