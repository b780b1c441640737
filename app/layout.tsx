import type { ReactNode } from "react";

// The document (`<html lang>`, header, footer) is components/layout/shop-document.tsx, rendered by
// app/[locale]/layout.tsx (and app/global-not-found.tsx): middleware rewrites every page to its
// `[locale]` path, so even cached pages know their language without reading the request. This
// layout only passes its children through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
