"use client";

// The page lives with the layout's other client code (components/layout/boundary-pages.tsx).
export { NotFoundPage as default } from "@/components/layout/boundary-pages";
