import { useTranslations } from "next-intl";
import { trackingUrl } from "@/lib/orders/fulfilment";

/** A parcel's tracking number, linked to the carrier's tracking page when we know the carrier. */
export function TrackingNumber({ carrier, trackingNumber }: { carrier: string | null; trackingNumber: string }) {
  const t = useTranslations("OrderDetail");
  const href = trackingUrl(carrier, trackingNumber);
  if (!href) return <span className="font-mono text-xs">{trackingNumber}</span>;
  return (
    <a href={href} className="font-mono text-xs font-semibold text-leaf-700 underline" target="_blank" rel="noopener noreferrer">
      {trackingNumber}
      <span className="sr-only">{t("trackWith", { carrier: carrier ?? "" })}</span>
    </a>
  );
}
