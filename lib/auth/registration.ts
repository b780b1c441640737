import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { adminEmails } from "@/lib/config/env";
import { claimOrdersEmail } from "@/lib/email/messages";
import { enqueueEmail } from "@/lib/email/outbox";
import { claimKey, guestOrderCount } from "@/lib/orders/guest-orders";
import { appUrl } from "@/lib/orders/order-link";
import { hashPassword, passwordSchema } from "./password";

export const DUPLICATE_EMAIL = "An account with this email already exists";

export const emailSchema = z
  .string({ message: "Enter your email" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"));

export const nameSchema = z
  .string()
  .trim()
  .max(80, "Use at most 80 characters")
  .optional()
  .transform((value) => value || null);

export const registrationSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: z.string({ message: "Choose a password" }).pipe(passwordSchema),
});

export type RegistrationField = "name" | "email" | "password";

export type RegisteredUser = { id: string; email: string; name: string | null; role: "customer" | "admin" };

export type RegistrationResult =
  | { ok: true; user: RegisteredUser }
  | { ok: false; fieldErrors: Partial<Record<RegistrationField, string[]>> };

/** Creates a credentials account; the password is stored only as a bcrypt hash. */
export async function registerUser(input: unknown): Promise<RegistrationResult> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { name, email, password } = parsed.data;

  // Checked first so a taken address costs no bcrypt round; the unique index still decides races.
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) return { ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } };

  const role = adminEmails().includes(email) ? "admin" : "customer";
  const passwordHash = await hashPassword(password);
  const id = crypto.randomUUID();
  const pastOrders = await guestOrderCount(db, email);
  const welcome = pastOrders > 0 ? await claimOrdersEmail({ to: email, userId: id, orderCount: pastOrders, claimUrl: appUrl(`/account/claim-orders?key=${claimKey(id, email)}`) }) : null;
  const user = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ id, name, email, passwordHash, role })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    // Guest orders with this email join the account once it proves it reads the mailbox.
    if (created && welcome) await enqueueEmail(tx, welcome);
    return created;
  });
  if (!user) return { ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } };
  return { ok: true, user };
}
