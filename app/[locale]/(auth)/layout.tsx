import type { ReactNode } from "react";
import { ClientTranslations } from "@/components/layout/client-translations";

// The sign-in, registration and password forms translate their labels and errors in the browser.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
      <ClientTranslations namespaces={["Auth", "AuthErrors"]}>{children}</ClientTranslations>
    </div>
  );
}
