"use client";

import dynamic from "next/dynamic";

// The checkout's forms, each loaded only where it renders. next/dynamic in a client module does
// that (server-rendered as usual, its chunk sent with the pages that show it); a page that merely
// imports a form downloads it whether shown or not, and the payment form brings the sandbox's card
// checks and next-intl's formatter. So an empty checkout, or the plans list, loads neither.
export const ShippingForm = dynamic(() => import("./shipping-form").then((module) => module.ShippingForm));
export const PaymentForm = dynamic(() => import("./payment-form").then((module) => module.PaymentForm));
