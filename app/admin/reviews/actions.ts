"use server";

import { revalidatePath } from "next/cache";
import type { ModerationState } from "@/components/admin/review-moderation";
import { REFUSAL } from "@/lib/admin/access";
import { adminForAction } from "@/lib/admin/guard";
import { hideReview, restoreReview } from "@/lib/reviews/reviews";

export async function moderateReview(_: ModerationState, form: FormData): Promise<ModerationState> {
  const admin = await adminForAction();
  if (!admin) return REFUSAL;
  if (!(form instanceof FormData)) return { ok: false, message: "Send the moderation form." };
  const reviewId = form.get("reviewId");
  const result = form.get("intent") === "restore" ? await restoreReview(admin, { reviewId }) : await hideReview(admin, { reviewId, reason: form.get("reason") });
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/admin/reviews");
  return { ok: true, message: result.hidden ? "Hidden." : "Restored." };
}
