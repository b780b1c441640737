"use client";

import { useEffect, useRef } from "react";

/**
 * Placed inside a form whose route sends the shopper back: fills `returnTo` with the page's address
 * (path and query, as the address bar shows it) when the form is sent. Without JavaScript the
 * route falls back to the Referer.
 */
export function ReturnHere() {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = field.current;
    const form = input?.form;
    if (!input || !form) return;
    const fill = () => (input.value = `${window.location.pathname}${window.location.search}`);
    form.addEventListener("submit", fill);
    return () => form.removeEventListener("submit", fill);
  }, []);
  return <input ref={field} type="hidden" name="returnTo" defaultValue="" />;
}
