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

const text = (max: number, empty: string) =>
  z
    .string({ message: empty })
    .trim()
    .min(1, empty)
    .max(max, `At most ${max} characters`);

/** Only these fields are read from the form; anything else the browser sends is ignored. */
export const shippingSchema = z.object({
  name: text(100, "Enter your full name"),
  email: z.string({ message: "Enter your email" }).trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  address: text(200, "Enter your street address"),
  city: text(100, "Enter your city"),
  postalCode: z
    .string({ message: "Enter your postal code" })
    .trim()
    .min(1, "Enter your postal code")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$/, "Enter a valid postal code"),
  country: z.enum(countryCodes, { message: "Choose a country we ship to" }),
});

export type ShippingDetails = z.infer<typeof shippingSchema>;
export type ShippingField = keyof ShippingDetails;

export const SHIPPING_FIELDS = ["name", "email", "address", "city", "postalCode", "country"] as const satisfies readonly ShippingField[];
