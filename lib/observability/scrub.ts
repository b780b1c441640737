/**
 * What must never reach a log line, masked wherever it appears: secrets and keys (Stripe, webhook
 * signing, bearer tokens, OpenAI), card numbers, and full email addresses (the first letter and
 * the domain stay, enough to tell accounts apart in an incident). Values under keys that name a
 * secret (password, token, cookie, …) are dropped whatever they look like.
 */
const secretKeyName = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|card[-_]?number|cvc|^card$/i;

const patterns: [RegExp, (match: string, ...groups: string[]) => string][] = [
  [/\b(sk|rk)_(test|live)_[A-Za-z0-9]+/g, (_, kind: string, mode: string) => `${kind}_${mode}_[redacted]`],
  [/\bwhsec_[A-Za-z0-9_]+/g, () => "whsec_[redacted]"],
  [/\bsk-[A-Za-z0-9_-]{8,}/g, () => "sk-[redacted]"],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, (_, scheme: string) => `${scheme} [redacted]`],
  // 13–19 digits, optionally grouped by spaces or dashes, that pass the Luhn check: a card number
  // (a millisecond timestamp has the shape too, but only one in ten passes).
  [/\b\d(?:[ -]?\d){12,18}\b/g, (match: string) => (passesLuhn(match.replace(/\D/g, "")) ? "[card redacted]" : match)],
  [/\b([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b/g, (_, first: string, domain: string) => `${first}***@${domain}`],
];

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

export function scrubText(text: string): string {
  return patterns.reduce((result, [pattern, replace]) => result.replace(pattern, replace), text);
}

/** A copy of `value` safe to log: strings scrubbed, secret-named keys redacted, errors flattened. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 6) return "[nested]";
  if (value instanceof Error) return { type: value.name, message: scrubText(value.message), stack: value.stack && scrubText(value.stack) };
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, secretKeyName.test(key) ? "[redacted]" : scrub(item, depth + 1)]),
  );
}
