"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/subscriptions", label: "Subscriptions" },
  { href: "/admin/reviews", label: "Reviews" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/emails", label: "Emails" },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Operator console" className="flex flex-wrap gap-1 text-sm font-medium">
      {links.map((link) => {
        const current = link.href === "/admin" ? pathname === "/admin" : pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${current ? "bg-stone-800 text-white" : "text-stone-700 hover:bg-stone-200"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
