import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/session-actions";
import { buttonClass } from "@/components/ui/button";

/** A form, not a link: signing out changes state, so it is a POST to a server action. */
export function SignOutButton({ compact = false }: { compact?: boolean }) {
  const t = useTranslations("Header");
  return (
    <form action={signOutAction}>
      <button type="submit" className={compact ? "font-medium text-stone-700 hover:text-leaf-700" : buttonClass("secondary")}>
        {t("signOut")}
      </button>
    </form>
  );
}
