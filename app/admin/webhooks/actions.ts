"use server";

import { revalidatePath } from "next/cache";
import { REFUSAL } from "@/lib/admin/access";
import { adminForAction } from "@/lib/admin/guard";
import { replayEvent, type ReplayResult } from "@/lib/admin/webhook-log";

export async function replayWebhook(_: ReplayResult | null, form: FormData): Promise<ReplayResult> {
  const admin = await adminForAction();
  if (!admin) return REFUSAL;
  const result = await replayEvent(admin, { eventId: form.get("eventId") });
  revalidatePath("/admin/webhooks");
  return result;
}
