import { useTranslations } from "next-intl";
import { isCountryCode } from "@/lib/checkout/shipping";

export type PostalAddressFields = { name: string; address: string; postalCode: string; city: string; country: string; email?: string };

/** A shipping address as a letter would carry it, with the country's name (in the reader's language) rather than its code. */
export function PostalAddress({ address, className = "mt-2 text-sm not-italic text-stone-700" }: { address: PostalAddressFields; className?: string }) {
  const countries = useTranslations("Countries");
  return (
    <address className={className}>
      {address.name}
      <br />
      {address.address}
      <br />
      {address.postalCode} {address.city}
      <br />
      {isCountryCode(address.country) ? countries(address.country) : address.country}
      {address.email ? (
        <>
          <br />
          {address.email}
        </>
      ) : null}
    </address>
  );
}

/** The address an order was shipped to, from the order's own copy of it. */
export function orderAddress(order: { shippingName: string; shippingAddress: string; shippingPostalCode: string; shippingCity: string; shippingCountry: string }): PostalAddressFields {
  return {
    name: order.shippingName,
    address: order.shippingAddress,
    postalCode: order.shippingPostalCode,
    city: order.shippingCity,
    country: order.shippingCountry,
  };
}
