"use client";

// The page lives with the layout's other client code (components/layout/boundary-pages.tsx).
export { ErrorPage as default } from "@/components/layout/boundary-pages";
