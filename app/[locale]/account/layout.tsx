import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { pageLocale, type LocaleParams } from "@/lib/i18n/server";

/** The account pages' forms are client components: their messages travel with these pages only. */
export default async function AccountLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  return <FormMessages locale={await pageLocale(params)}>{children}</FormMessages>;
}
