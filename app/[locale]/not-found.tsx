import { NotFoundPage } from "@/components/layout/boundary-pages";

// A server file rendering the layout's client page (components/layout/boundary-pages.tsx): as a
// "use client" re-export it loaded as a chunk of its own on every page, for one line.
export default function NotFound() {
  return <NotFoundPage />;
}
