import { notFound } from "next/navigation";

// An address no page answers: the localized not-found page, inside the shop's header and footer.
export default function UnknownPage() {
  notFound();
}
