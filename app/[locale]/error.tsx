"use client";

import Link from "next/link";
import { useBoundaryMessages } from "@/components/layout/boundary-messages";
import { Button } from "@/components/ui/button";

/** Shown when a page fails unexpectedly; details stay in the server log. Loaded with every page, so it reads its few strings from the layout rather than through next-intl. */
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useBoundaryMessages().Error;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-5 py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t.heading}</h1>
      <p className="text-stone-600">{t.body}</p>
      <div className="flex gap-3">
        <Button onClick={() => retry()}>{t.retry}</Button>
        <Link href="/shop" className="inline-flex items-center rounded-lg px-4 py-2 text-sm font-semibold text-leaf-700 hover:bg-leaf-50">
          {t.browse}
        </Link>
      </div>
    </div>
  );
}
