"use client";

import dynamic from "next/dynamic";

// next-intl's client provider, loaded only where it renders (see components/checkout/lazy-forms.tsx),
// so a page that shows a translated form only sometimes does not always pay for the formatter.
export const IntlProvider = dynamic(() => import("next-intl").then((module) => module.NextIntlClientProvider));
