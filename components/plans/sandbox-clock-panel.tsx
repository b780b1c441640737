"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const STEPS = [
  { label: "+1 day", days: 1 },
  { label: "+1 month", days: 31 },
  { label: "+3 months", days: 92 },
  { label: "+1 year", days: 366 },
];

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Operators only, sandbox only: moves the billing clock the way a Stripe test clock is advanced. */
export function SandboxClockPanel({ now }: { now: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function advance(days: number) {
    startTransition(async () => {
      const response = await fetch("/api/stripe-sandbox/clock", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ days }),
      }).catch(() => null);
      const body: unknown = await response?.json().catch(() => null);
      if (!response?.ok || typeof body !== "object" || body === null || !("now" in body) || typeof body.now !== "string") {
        const error = typeof body === "object" && body !== null && "message" in body && typeof body.message === "string" ? body.message : "The clock did not move.";
        setMessage({ tone: "error", text: error });
        return;
      }
      const processed = "processed" in body && typeof body.processed === "number" ? body.processed : 0;
      setMessage({ tone: "success", text: `Sandbox time is now ${dateTime.format(new Date(body.now))} UTC; ${processed} billing step(s) ran.` });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="sandbox-clock-heading" className="flex flex-col gap-3 rounded-2xl border border-dashed border-soil-700 bg-soil-100 p-4 text-sm">
      <h2 id="sandbox-clock-heading" className="font-semibold text-soil-700">
        Sandbox billing clock (operators)
      </h2>
      <p className="text-stone-700">
        Sandbox time: {dateTime.format(new Date(now))} UTC. Moving it forward renews plans, retries failed payments and ends canceled
        plans that fall due, like a Stripe test clock.
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {STEPS.map((step) => (
          <Button key={step.days} type="button" variant="secondary" disabled={pending} onClick={() => advance(step.days)} aria-label={`Advance the sandbox clock ${step.label.slice(1)}`}>
            {step.label}
          </Button>
        ))}
      </div>
    </section>
  );
}
