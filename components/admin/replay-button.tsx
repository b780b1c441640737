"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";

export function ReplayButton({ eventId, action }: { eventId: string; action: (state: ActionState | null, form: FormData) => Promise<ActionState> }) {
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="eventId" value={eventId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Replay ${eventId}`}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-semibold text-stone-800 hover:bg-stone-100 disabled:text-stone-400"
      >
        {pending ? "Replaying…" : "Replay"}
      </button>
      {result ? (
        <p role="status" className={`max-w-48 text-right text-xs ${result.ok ? "text-leaf-700" : "text-red-700"}`}>
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
