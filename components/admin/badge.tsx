const tones = {
  green: "bg-leaf-100 text-leaf-900 ring-leaf-600/20",
  amber: "bg-amber-100 text-amber-900 ring-amber-600/20",
  red: "bg-red-100 text-red-800 ring-red-600/20",
  blue: "bg-sky-100 text-sky-900 ring-sky-600/20",
  grey: "bg-stone-100 text-stone-700 ring-stone-500/20",
  purple: "bg-violet-100 text-violet-900 ring-violet-600/20",
};
export type BadgeTone = keyof typeof tones;

export function Badge({ tone, children }: { tone: BadgeTone; children: string }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}

const statusTones: Record<string, BadgeTone> = {
  // orders
  pending: "amber",
  paid: "green",
  failed: "red",
  canceled: "grey",
  refunded: "purple",
  partially_refunded: "purple",
  // subscriptions
  active: "green",
  trialing: "blue",
  past_due: "amber",
  incomplete: "amber",
  incomplete_expired: "grey",
  unpaid: "red",
  paused: "grey",
  // webhook events
  received: "blue",
  processed: "green",
  ignored: "grey",
  // emails
  outbox: "amber",
  sent: "green",
};

export function statusLabel(status: string) {
  return status.replace(/_/g, " ");
}

/** One badge for every status the console shows (orders, subscriptions, webhook events). */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <Badge tone={statusTones[status] ?? "grey"}>{label ?? statusLabel(status)}</Badge>;
}
