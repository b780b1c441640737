import { describe, expect, test } from "vitest";
import { scrub, scrubText } from "@/lib/observability/scrub";

describe("log scrubber", () => {
  test("masks Stripe, webhook, OpenAI and bearer secrets in text", () => {
    const line = scrubText(
      "key sk_test_51AbCdEf012345 rk_live_9zzZ whsec_abc_123 sk-proj-abcdef0123456789 Authorization: Bearer eyJhbGciOi.x.y",
    );
    expect(line).toBe("key sk_test_[redacted] rk_live_[redacted] whsec_[redacted] sk-[redacted] Authorization: Bearer [redacted]");
  });

  test("masks card numbers, grouped or not, and leaves ids, amounts and timestamps that are not card numbers alone", () => {
    expect(scrubText("card 4242424242424242 and 4000 0000 0000 3220 and 5555-5555-5555-4444")).toBe(
      "card [card redacted] and [card redacted] and [card redacted]",
    );
    expect(scrubText("order 1234 paid 12.50 EUR at 1764748800123")).toBe("order 1234 paid 12.50 EUR at 1764748800123");
    expect(scrubText("not Luhn-valid: 4242424242424241")).toBe("not Luhn-valid: 4242424242424241");
  });

  test("keeps only the first letter and the domain of an email address", () => {
    expect(scrubText("sign-in failed for jane.doe+shop@example.co.uk")).toBe("sign-in failed for j***@example.co.uk");
  });

  test("drops values under secret-named keys and scrubs nested values and errors", () => {
    const safe = scrub({
      email: "ada@lovelace.dev",
      password: "correct horse battery staple",
      headers: { cookie: "authjs.session-token=abc", "x-request-id": "req-1" },
      nested: [{ apiKey: "anything" }, "paid with 4242 4242 4242 4242"],
      error: new Error("Stripe rejected sk_live_abcdef"),
      status: 402,
    });
    expect(safe).toMatchObject({
      email: "a***@lovelace.dev",
      password: "[redacted]",
      headers: { cookie: "[redacted]", "x-request-id": "req-1" },
      nested: [{ apiKey: "[redacted]" }, "paid with [card redacted]"],
      error: { type: "Error", message: "Stripe rejected sk_live_[redacted]" },
      status: 402,
    });
    expect(JSON.stringify(safe)).not.toMatch(/correct horse|ada@|sk_live_abcdef|abc"/);
  });
});
