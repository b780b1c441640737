"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, formText } from "@/lib/actions/action";
import { replayEvent } from "@/lib/admin/webhook-log";

export const replayWebhook = action({ input: z.object({ eventId: formText }), auth: "admin" }, async ({ eventId }, { actor }) => {
  const result = await replayEvent(actor, { eventId });
  revalidatePath("/admin/webhooks");
  return result;
});
