import bcrypt from "bcryptjs";
import { z } from "zod";

const BCRYPT_ROUNDS = 10;

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(128, "Use at most 128 characters")
  .refine((value) => /[A-Za-z]/.test(value) && /[0-9]/.test(value), "Use letters and at least one number");

export function hashPassword(password: string) {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export function verifyPassword(password: string, hash: string) {
  return bcrypt.compare(password, hash);
}
