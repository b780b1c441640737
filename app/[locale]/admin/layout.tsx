import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdmin } from "@/lib/admin/guard";

export const metadata: Metadata = { title: { default: "Operator console", template: "%s · Admin · Beyond Earth" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Each page checks again: a layout is not re-run on every client navigation.
  const admin = await requireAdmin();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-3">
        <div className="flex items-center gap-3">
          <p className="text-sm font-bold uppercase tracking-wide text-stone-600">Operator console</p>
          <AdminNav />
        </div>
        <p className="text-xs text-stone-600">Signed in as {admin.email}</p>
      </div>
      {children}
    </div>
  );
}
