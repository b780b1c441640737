import { NotFoundPage } from "@/components/layout/boundary-pages";

// A server file rendering the layout's client page (components/layout/boundary-pages.tsx), which is
// already in the layout's chunk: a "use client" re-export was one more chunk on every page.
export default function NotFound() {
  return <NotFoundPage />;
}
