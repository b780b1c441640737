import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { env } from "@/lib/config/env";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    // Canonical and other metadata links become absolute (Lighthouse and search engines need that).
    metadataBase: new URL(env().APP_URL),
    title: { default: "Beyond Earth — sustainable groceries", template: "%s · Beyond Earth" },
    description: "A sustainable grocery shop with a recipe assistant that knows what is in stock.",
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
