"use client";

import { useTranslations } from "next-intl";
import { claimOrdersAction } from "@/app/account/claim-orders/actions";
import { ActionForm } from "@/components/forms/action-form";

export function ClaimOrdersForm({ claimKey }: { claimKey: string }) {
  const t = useTranslations("ClaimOrders");
  return (
    <ActionForm action={claimOrdersAction} hidden={{ key: claimKey }} submit={{ label: t("add"), pending: t("adding"), className: "self-start" }} />
  );
}
