"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

/** Shown when a page fails unexpectedly; details stay in the server log. */
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-5 py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">Something went wrong on our side</h1>
      <p className="text-stone-600">Sorry about that. Please try again — if it keeps happening, the shop is still there for you.</p>
      <div className="flex gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <Link href="/shop" className="inline-flex items-center rounded-lg px-4 py-2 text-sm font-semibold text-leaf-700 hover:bg-leaf-50">
          Browse the shop
        </Link>
      </div>
    </div>
  );
}
