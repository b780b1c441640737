"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { authenticateAction, type AuthenticationState } from "@/app/(store)/checkout/3d-secure/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The sandbox 3-D Secure page's two outcomes. */
export function AuthenticationButtons({ clientSecret }: { clientSecret: string }) {
  const [state, action, pending] = useActionState<AuthenticationState, FormData>(authenticateAction, null);
  const t = useTranslations("ThreeDSecure");
  return (
    <form action={action} className="flex flex-col gap-3">
      {state ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="clientSecret" value={clientSecret} />
      <div className="flex gap-3">
        <Button type="submit" name="outcome" value="complete" disabled={pending} className="flex-1">
          {t("complete")}
        </Button>
        <Button type="submit" name="outcome" value="fail" variant="secondary" disabled={pending} className="flex-1">
          {t("fail")}
        </Button>
      </div>
    </form>
  );
}
