"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import { hideReview, restoreReview } from "@/lib/reviews/reviews";

const moderationForm = z.object({ reviewId: formText, intent: formText, reason: formText });

export const moderateReview = action({ input: moderationForm, auth: "admin" }, async ({ reviewId, intent, reason }, { actor }) => {
  const result = intent === "restore" ? await restoreReview(actor, { reviewId }) : await hideReview(actor, { reviewId, reason });
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/admin/reviews");
  return { ok: true, message: result.hidden ? "Hidden." : "Restored." };
});
