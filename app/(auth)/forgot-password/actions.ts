"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import { CHECK_THE_FIELDS, type ActionState } from "@/lib/actions/state";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { deliverEmailsSoon } from "@/lib/email/sender";
import { requestLocale } from "@/lib/i18n/server";
import { requestClientAddress } from "@/lib/security/client-address";

export type ForgotPasswordState = ActionState<{ email: string }>;

export const forgotPasswordAction = action({ input: z.object({ email: formText }), auth: "visitor" }, async (values): Promise<ForgotPasswordState> => {
  const result = await requestPasswordReset({ ...values, locale: await requestLocale() }, requestClientAddress(await headers()));
  if (result.ok) {
    // The email is in the outbox already; deliver it now rather than at the sender's next round.
    void deliverEmailsSoon();
    return { ok: true, message: result.message };
  }
  if (result.fieldErrors) return { ok: false, message: CHECK_THE_FIELDS, fieldErrors: result.fieldErrors, values };
  return { ok: false, message: result.message ?? "Please try again.", values };
});
