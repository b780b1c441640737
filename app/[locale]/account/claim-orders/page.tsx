import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ClaimOrdersForm } from "@/components/orders/claim-orders-form";
import { Alert } from "@/components/ui/alert";
import { currentUser } from "@/lib/auth";
import { db } from "@/db/client";
import { guestOrderCount } from "@/lib/orders/guest-orders";

export const metadata: Metadata = { title: "Add your earlier orders", robots: { index: false } };

export default async function ClaimOrdersPage({ searchParams }: { searchParams: Promise<{ key?: string | string[] }> }) {
  const { key } = await searchParams;
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/account/claim-orders?key=${typeof key === "string" ? key : ""}`)}`);
  const waiting = await guestOrderCount(db, user.email ?? "");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold text-leaf-900">Add your earlier orders</h1>
      {waiting === 0 ? (
        <Alert tone="success">There are no guest orders with your email left to add; your orders are all under your account.</Alert>
      ) : typeof key !== "string" ? (
        <Alert tone="error">This link is incomplete. Open the link from your welcome email again.</Alert>
      ) : (
        <>
          <p className="text-stone-700">
            {waiting === 1 ? "One order was" : `${waiting} orders were`} placed as a guest with {user.email}. Add {waiting === 1 ? "it" : "them"} to your account to see{" "}
            {waiting === 1 ? "it" : "them"} under your orders.
          </p>
          <ClaimOrdersForm claimKey={key} />
        </>
      )}
    </div>
  );
}
