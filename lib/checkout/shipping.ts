import { z } from "zod";

/** Where we ship; codes are ISO 3166-1 alpha-2, as Stripe uses them. */
export const SHIPPING_COUNTRIES = [
  ["US", "United States"],
  ["CA", "Canada"],
  ["GB", "United Kingdom"],
  ["IE", "Ireland"],
  ["FR", "France"],
  ["DE", "Germany"],
  ["NL", "Netherlands"],
  ["BE", "Belgium"],
  ["ES", "Spain"],
  ["IT", "Italy"],
  ["SE", "Sweden"],
  ["DK", "Denmark"],
  ["AU", "Australia"],
  ["NZ", "New Zealand"],
] as const;

export type CountryCode = (typeof SHIPPING_COUNTRIES)[number][0];

const countryCodes = SHIPPING_COUNTRIES.map(([code]) => code) as [CountryCode, ...CountryCode[]];

export function isCountryCode(code: string): code is CountryCode {
  return (countryCodes as readonly string[]).includes(code);
}

export function countryName(code: string): string {
  return SHIPPING_COUNTRIES.find(([known]) => known === code)?.[1] ?? code;
}

/** The shipping step's field messages, by key: the form shows them in the shopper's language (messages/*.json, ShippingErrors). */
export const SHIPPING_ERRORS = {
  name: "Enter your full name",
  email: "Enter your email",
  emailInvalid: "Enter a valid email address",
  address: "Enter your street address",
  city: "Enter your city",
  postalCode: "Enter your postal code",
  postalCodeInvalid: "Enter a valid postal code",
  country: "Choose a country we ship to",
} as const;
export const tooLongMessage = (max: number) => `At most ${max} characters`;

const text = (max: number, empty: string) =>
  z
    .string({ message: empty })
    .trim()
    .min(1, empty)
    .max(max, tooLongMessage(max));

/** Only these fields are read from the form; anything else the browser sends is ignored. */
export const shippingSchema = z.object({
  name: text(100, SHIPPING_ERRORS.name),
  email: z.string({ message: SHIPPING_ERRORS.email }).trim().toLowerCase().pipe(z.email(SHIPPING_ERRORS.emailInvalid)),
  address: text(200, SHIPPING_ERRORS.address),
  city: text(100, SHIPPING_ERRORS.city),
  postalCode: z
    .string({ message: SHIPPING_ERRORS.postalCode })
    .trim()
    .min(1, SHIPPING_ERRORS.postalCode)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$/, SHIPPING_ERRORS.postalCodeInvalid),
  country: z.enum(countryCodes, { message: SHIPPING_ERRORS.country }),
});

export type ShippingDetails = z.infer<typeof shippingSchema>;
export type ShippingField = keyof ShippingDetails;

export const SHIPPING_FIELDS = ["name", "email", "address", "city", "postalCode", "country"] as const satisfies readonly ShippingField[];
