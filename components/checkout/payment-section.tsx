import { paymentsClientConfig } from "@/lib/checkout/payments-config";
import { PaymentForm } from "./lazy-forms";
import { TestCardList } from "./test-card-list";

type Props = { clientSecret: string; returnUrl: string; payLabel: string };

/**
 * The payment step for server pages: the right form for the configured payments (Payment
 * Element or sandbox card form) and, in the sandbox, the test cards to use.
 */
export function PaymentSection({ clientSecret, returnUrl, payLabel }: Props) {
  const config = paymentsClientConfig();
  return (
    <div className="flex flex-col gap-4">
      <PaymentForm clientSecret={clientSecret} returnUrl={returnUrl} payLabel={payLabel} config={config} />
      {config.mode === "sandbox" ? <TestCardList /> : null}
    </div>
  );
}
