import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/lib/i18n/server";
import { NextSteps } from "@/components/ui/button-link";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Goodbye" });
  return { title: t("title"), description: t("description") };
}

/** Where deleting an account lands: the session is gone, so this page must not need one. */
export default async function GoodbyePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations("Goodbye");
  return (
    <>
      <div role="status">
        <h1 className="text-2xl font-bold text-leaf-900">{t("heading")}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {t("body")}
        </p>
      </div>
      <NextSteps primary={{ href: "/", label: t("shop") }} secondary={{ href: "/register", label: t("register") }} />
    </>
  );
}
