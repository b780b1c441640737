import type { Locale } from "./locales";
import type en from "@/messages/en.json";

export type Messages = typeof en;

/** One JSON file per locale under messages/; the key sets must match (tests/unit/messages.test.ts). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "es":
      return (await import("@/messages/es.json")).default;
    case "de":
      return (await import("@/messages/de.json")).default;
    default:
      return (await import("@/messages/en.json")).default;
  }
}

/** Only the namespaces client components use travel to the browser. */
export function pickMessages<K extends keyof Messages>(messages: Messages, namespaces: readonly K[]): Pick<Messages, K> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, K>;
}

/**
 * The namespaces client components read on every page (header, language switch, error pages, the
 * shop's filters, add-to-cart and cart controls); the rest stay on the server.
 */
export const CLIENT_NAMESPACES = ["Header", "Language", "Error", "NotFound", "Filters", "AddToCart", "CartLine"] as const satisfies readonly (keyof Messages)[];

/** What the client forms of the sign-in, account, checkout and plan pages read besides (components/layout/form-messages.tsx). */
export const FORM_CLIENT_NAMESPACES = [
  ...CLIENT_NAMESPACES,
  "ShippingForm",
  "ShippingErrors",
  "Countries",
  "CardForm",
  "PlanPay",
  "PlanStatus",
  "ThreeDSecure",
  "Auth",
  "AuthErrors",
  "AccountForms",
  "ClaimOrders",
] as const satisfies readonly (keyof Messages)[];
