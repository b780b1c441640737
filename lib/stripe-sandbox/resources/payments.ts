import type { SandboxRoute } from "../router";
import { chargeRoutes } from "./charges";
import { paymentIntentRoutes } from "./payment-intents";
import { paymentMethodRoutes } from "./payment-methods";
import { refundRoutes } from "./refunds";

/** Card payments: PaymentIntents, the PaymentMethods and charges behind them, and refunds. */
export const paymentRoutes: SandboxRoute[] = [...paymentIntentRoutes, ...paymentMethodRoutes, ...chargeRoutes, ...refundRoutes];
