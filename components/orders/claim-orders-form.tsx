"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { claimOrdersAction, type ClaimState } from "@/app/account/claim-orders/actions";
import { failureMessageOf, idle } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function ClaimOrdersForm({ claimKey }: { claimKey: string }) {
  const [state, action, pending] = useActionState<ClaimState, FormData>(claimOrdersAction, idle);
  const t = useTranslations("ClaimOrders");
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="key" value={claimKey} />
      {failureMessageOf(state) ? <Alert tone="error">{failureMessageOf(state)}</Alert> : null}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("adding") : t("add")}
      </Button>
    </form>
  );
}
