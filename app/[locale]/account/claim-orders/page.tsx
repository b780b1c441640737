import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimOrdersForm } from "@/components/orders/claim-orders-form";
import { Alert } from "@/components/ui/alert";
import { requireSignedIn } from "@/lib/auth";
import { db } from "@/db/client";
import { guestOrderCount } from "@/lib/orders/guest-orders";
import { ClientTranslations } from "@/components/layout/client-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ClaimOrders");
  return { title: t("title"), robots: { index: false } };
}

export default async function ClaimOrdersPage({ searchParams }: { searchParams: Promise<{ key?: string | string[] }> }) {
  const { key } = await searchParams;
  const user = await requireSignedIn(`/account/claim-orders?key=${typeof key === "string" ? key : ""}`);
  const waiting = await guestOrderCount(db, user.email ?? "");
  const t = await getTranslations("ClaimOrders");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold text-leaf-900">{t("title")}</h1>
      {waiting === 0 ? (
        <Alert tone="success">{t("none")}</Alert>
      ) : typeof key !== "string" ? (
        <Alert tone="error">{t("incomplete")}</Alert>
      ) : (
        <>
          <p className="text-stone-700">{t("waiting", { count: waiting, email: user.email ?? "" })}</p>
          <ClientTranslations namespaces={["ClaimOrders", "AuthErrors"]}>
            <ClaimOrdersForm claimKey={key} />
          </ClientTranslations>
        </>
      )}
    </div>
  );
}
