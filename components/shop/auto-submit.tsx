"use client";

import { useEffect, useRef } from "react";

/**
 * Placed inside a GET form: submits it when a select or checkbox changes, so sorting and the
 * in-stock toggle apply at once. Without JavaScript the form's own button still works.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const submit = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox")) form.requestSubmit();
    };
    form.addEventListener("change", submit);
    return () => form.removeEventListener("change", submit);
  }, []);
  return <span ref={marker} hidden />;
}
