/**
 * Stripe's documented test cards and what the sandbox does with them. This module runs in the
 * browser too: the sandbox card form turns a test card number into Stripe's test PaymentMethod
 * token there, so no card number ever reaches our server (as with Stripe.js).
 */

export type CardOutcome =
  | { kind: "succeed" }
  | { kind: "decline"; declineCode: "generic_decline" | "insufficient_funds"; message: string }
  /** Needs 3-D Secure when paying on-session; a saved card charged off-session goes through. */
  | { kind: "authenticate" };

export type TestCard = {
  number: string;
  /** Stripe's test PaymentMethod token for this card. */
  token: string;
  brand: "visa";
  last4: string;
  label: string;
  outcome: CardOutcome;
  /** Declines only when charged: attaching it to a customer works (renewals fail with it). */
  failsWhenCharged?: boolean;
  /** Refunds of its charges start as succeeded and fail a while later, as with Stripe's 5126 card. */
  refundsFail?: boolean;
};

export const DECLINE_MESSAGES = {
  generic_decline: "Your card was declined.",
  insufficient_funds: "Your card has insufficient funds.",
} as const;

export const TEST_CARDS: readonly TestCard[] = [
  {
    number: "4242424242424242",
    token: "pm_card_visa",
    brand: "visa",
    last4: "4242",
    label: "Succeeds",
    outcome: { kind: "succeed" },
  },
  {
    number: "4000000000000002",
    token: "pm_card_visa_chargeDeclined",
    brand: "visa",
    last4: "0002",
    label: "Declined (card_declined)",
    outcome: { kind: "decline", declineCode: "generic_decline", message: DECLINE_MESSAGES.generic_decline },
  },
  {
    number: "4000000000009995",
    token: "pm_card_visa_chargeDeclinedInsufficientFunds",
    brand: "visa",
    last4: "9995",
    label: "Declined: insufficient funds",
    outcome: { kind: "decline", declineCode: "insufficient_funds", message: DECLINE_MESSAGES.insufficient_funds },
  },
  {
    number: "4000002500003155",
    token: "pm_card_authenticationRequiredOnSetup",
    brand: "visa",
    last4: "3155",
    label: "Requires 3-D Secure",
    outcome: { kind: "authenticate" },
  },
  {
    number: "4000000000000341",
    token: "pm_card_chargeCustomerFail",
    brand: "visa",
    last4: "0341",
    label: "Attaches, then fails when charged",
    outcome: { kind: "decline", declineCode: "generic_decline", message: DECLINE_MESSAGES.generic_decline },
    failsWhenCharged: true,
  },
  {
    number: "4000000000005126",
    token: "pm_card_refundFail",
    brand: "visa",
    last4: "5126",
    label: "Succeeds; its refunds fail later",
    outcome: { kind: "succeed" },
    refundsFail: true,
  },
];

export const TEST_CARD_TOKENS = TEST_CARDS.map((card) => card.token) as [string, ...string[]];

export function testCardForToken(token: string): TestCard | undefined {
  return TEST_CARDS.find((card) => card.token === token);
}

export function digitsOnly(value: string): string {
  return value.replace(/[\s-]/g, "");
}

/** 4242 4242 4242 4242 */
export function formatCardNumber(number: string): string {
  return digitsOnly(number).replace(/(\d{4})(?=\d)/g, "$1 ");
}

export function luhnValid(number: string): boolean {
  const digits = digitsOnly(number);
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export type CardFields = { number: string; expiry: string; cvc: string };
export type CardFieldErrors = Partial<Record<keyof CardFields, string>>;

/** Parses "MM/YY" (or "MM / YY", "MMYY"); a card is valid through the end of its month. */
export function parseExpiry(value: string): { month: number; year: number } | undefined {
  const match = /^\s*(\d{1,2})\s*\/?\s*(\d{2})\s*$/.exec(value);
  if (!match) return undefined;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return undefined;
  return { month, year: 2000 + Number(match[2]) };
}

const testCardList = () => TEST_CARDS.map((card) => formatCardNumber(card.number)).join(", ");

/**
 * Checks the card form the way the Payment Element does (number, expiry, CVC) and, for a valid
 * test card, answers Stripe's test PaymentMethod token for it.
 */
export function checkTestCard(fields: CardFields, now = new Date()): { ok: true; card: TestCard } | { ok: false; errors: CardFieldErrors } {
  const errors: CardFieldErrors = {};
  const digits = digitsOnly(fields.number);
  const card = TEST_CARDS.find((candidate) => candidate.number === digits);
  if (!digits) errors.number = "Enter your card number.";
  else if (!/^\d+$/.test(digits) || !luhnValid(digits)) errors.number = "Your card number is invalid.";
  else if (!card) errors.number = `The sandbox accepts only Stripe's test cards: ${testCardList()}.`;

  const expiry = parseExpiry(fields.expiry);
  if (!fields.expiry.trim()) errors.expiry = "Enter the expiry date (MM/YY).";
  else if (!expiry) errors.expiry = "Your card's expiry date is incomplete (MM/YY).";
  else if (expiry.year < now.getFullYear() || (expiry.year === now.getFullYear() && expiry.month < now.getMonth() + 1)) {
    errors.expiry = "Your card's expiry date is in the past.";
  }

  if (!fields.cvc.trim()) errors.cvc = "Enter the CVC.";
  else if (!/^\d{3,4}$/.test(fields.cvc.trim())) errors.cvc = "Your card's security code is incomplete.";

  if (card && Object.keys(errors).length === 0) return { ok: true, card };
  return { ok: false, errors };
}
