import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import bcrypt from "bcryptjs";
import { AUTH_MESSAGES } from "@/lib/auth/messages";
import { z } from "zod";

const BCRYPT_ROUNDS = 10;

/**
 * Strength is estimated by zxcvbn (its common-password, name and keyboard-pattern lists) rather
 * than by character classes: "Passw0rd" has a letter and a digit and is guessed at once, while a
 * few words in any script are strong without either.
 */
const strength = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
/** zxcvbn's 0–4 score: 3 means "safely unguessable" against an online attack and slow offline. */
export const MIN_PASSWORD_SCORE = 3;
export const WEAK_PASSWORD_MESSAGE = AUTH_MESSAGES.weak;

export function isStrongPassword(password: string, userInputs: string[] = []): boolean {
  return strength.check(password, userInputs).score >= MIN_PASSWORD_SCORE;
}

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(128, "Use at most 128 characters")
  // Lengths out of range are reported by the checks above, once.
  .refine((value) => value.length < 8 || value.length > 128 || isStrongPassword(value), WEAK_PASSWORD_MESSAGE);

/** A bcrypt hash of a random password, compared against when there is no real hash to check. */
export const DUMMY_PASSWORD_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.jK8Jm0Q9mvO3K0d1lZ7b2Ue8Xb1e";

export function hashPassword(password: string) {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export function verifyPassword(password: string, hash: string) {
  return bcrypt.compare(password, hash);
}
