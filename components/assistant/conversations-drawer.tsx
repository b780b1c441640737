"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The conversation list: a column beside the chat on wide screens, a drawer behind a button on a
 * phone, so the chat keeps the whole width.
 */
export function ConversationsDrawer({ children }: { children: ReactNode }) {
  const t = useTranslations("Assistant.list");
  const [open, setOpen] = useState(false);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <Button type="button" variant="secondary" className="self-start md:hidden" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
        {t("conversations")}
      </Button>
      {open ? <div aria-hidden="true" className="fixed inset-0 z-30 bg-stone-900/40 md:hidden" onClick={() => setOpen(false)} /> : null}
      <aside
        id={panelId}
        aria-label={t("conversations")}
        className={`${open ? "fixed inset-y-0 left-0 z-40 flex w-[min(20rem,85vw)] overflow-y-auto bg-soil-50 p-4 shadow-xl" : "hidden"} flex-col gap-3 md:static md:z-auto md:flex md:w-auto md:overflow-visible md:bg-transparent md:p-0 md:shadow-none`}
      >
        <div className="flex items-center justify-between">
          <h2 className="text-sm font-semibold tracking-wide text-stone-600 uppercase">{t("conversations")}</h2>
          {open ? (
            <Button type="button" variant="ghost" className="px-2 py-1 text-xs md:hidden" onClick={() => setOpen(false)}>
              {t("close")}
            </Button>
          ) : null}
        </div>
        {children}
      </aside>
    </>
  );
}
