"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  billingPortalAction,
  cancelPlanAction,
  resumePlanAction,
  switchPlanAction,
  type PlanActionState,
} from "@/app/(store)/plans/actions";
import { idle } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";

function Outcome({ state }: { state: PlanActionState }) {
  if (state.ok === undefined) return null;
  return <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>;
}

/** One button that runs one plan action and says what happened. */
function ActionButton({
  action,
  label,
  pendingLabel,
  variant = "secondary",
}: {
  action: (state: PlanActionState, form: FormData) => Promise<PlanActionState>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, run, pending] = useActionState(action, idle);
  return (
    <form action={run} className="flex flex-col gap-2">
      <Outcome state={state} />
      <Button type="submit" variant={variant} disabled={pending} className="self-start">
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}

export function CancelPlanButton() {
  const t = useTranslations("PlanStatus");
  return <ActionButton action={cancelPlanAction} label={t("cancel")} pendingLabel={t("canceling")} variant="danger" />;
}

export function ResumePlanButton() {
  const t = useTranslations("PlanStatus");
  return <ActionButton action={resumePlanAction} label={t("resume")} pendingLabel={t("resuming")} variant="primary" />;
}

export function BillingPortalButton() {
  const t = useTranslations("PlanStatus");
  return <ActionButton action={billingPortalAction} label={t("portal")} pendingLabel={t("opening")} />;
}

export function KeepPlanButton({ plan, label }: { plan: string; label: string }) {
  const [state, run, pending] = useActionState(switchPlanAction, idle);
  const t = useTranslations("PlanStatus");
  return (
    <form action={run} className="flex flex-col gap-2">
      <Outcome state={state} />
      <input type="hidden" name="plan" value={plan} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {pending ? t("saving") : label}
      </Button>
    </form>
  );
}

/** Choosing another plan books it for the next period; the hint says so before anyone clicks. */
export function SwitchPlanForm({ options, hint }: { options: { id: string; label: string }[]; hint: string }) {
  const [state, run, pending] = useActionState(switchPlanAction, idle);
  const t = useTranslations("PlanStatus");
  return (
    <form action={run} className="flex flex-col gap-2">
      <Outcome state={state} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          label={t("switchTo")}
          name="plan"
          id="switch-plan"
          aria-describedby="switch-plan-hint"
          defaultValue={options[0]?.id}
          options={options.map((option) => ({ value: option.id, label: option.label }))}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("switching") : t("switchPlan")}
        </Button>
      </div>
      <p id="switch-plan-hint" className="text-xs text-stone-600">
        {hint}
      </p>
    </form>
  );
}
