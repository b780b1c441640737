"use client";

import dynamic from "next/dynamic";

// The plans page's optional parts, loaded only where they render (see components/checkout/lazy-forms.tsx):
// the card form once a plan is picked, the sandbox clock for an admin.
export const SubscribeCheckout = dynamic(() => import("./subscribe-checkout").then((module) => module.SubscribeCheckout));
export const SandboxClockPanel = dynamic(() => import("./sandbox-clock-panel").then((module) => module.SandboxClockPanel));
