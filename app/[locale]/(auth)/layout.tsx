import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { pageLocale, type LocaleParams } from "@/lib/i18n/server";

export default async function AuthLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  return (
    <FormMessages locale={await pageLocale(params)}>
      <div className="mx-auto flex w-full max-w-md flex-col gap-6 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
    </FormMessages>
  );
}
