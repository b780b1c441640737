// Client-safe (forms import it): the English sentences the sign-in, registration, password and
// account actions answer with. Forms show the known ones in the shopper's language (messages/*.json,
// section "AuthErrors", same keys); the lib modules write them from here.

import { CHECK_THE_FIELDS } from "@/lib/actions/state";

export const RESET_TOKEN_MINUTES = 30;

export const AUTH_MESSAGES = {
  checkFields: CHECK_THE_FIELDS,
  enterEmail: "Enter your email",
  validEmail: "Enter a valid email address",
  emailTooLong: "That email address is too long",
  enterPassword: "Enter your password",
  choosePassword: "Choose a password",
  chooseNewPassword: "Choose a new password",
  typeAgain: "Type the new password again",
  notSame: "The two passwords are not the same",
  atLeast8: "Use at least 8 characters",
  atMost128: "Use at most 128 characters",
  atMost80: "Use at most 80 characters",
  weak: "Choose a stronger password: this one is easy to guess. A few unrelated words work well.",
  incorrect: "Incorrect email or password",
  invalidLink: "This reset link is invalid, expired or already used. Ask for a new one.",
  tryAgain: "Please try again.",
  notCreated: "We could not create an account with these details. If you have registered this email before, sign in with its password instead.",
  resetRequested: `If an account exists for that email, we have sent it a link to set a new password. The link works once, for ${RESET_TOKEN_MINUTES} minutes.`,
  enterCurrentPassword: "Enter your current password",
  noPasswordToChange: "This account has no password to change",
  currentIncorrect: "Your current password is incorrect",
  differentPassword: "Choose a password different from your current one",
  typeEmail: "Type your email to confirm",
  typeEmailExactly: "Type your email address exactly as shown to confirm",
  noLongerExists: "This account no longer exists.",
  planStillActive: "Your plan is still active. Cancel it under “Your plan” first, then delete your account.",
  nameSaved: "Your name has been saved.",
} as const;

export type AuthMessageKey = keyof typeof AUTH_MESSAGES;
