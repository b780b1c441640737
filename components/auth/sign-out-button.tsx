import { signOutAction } from "@/lib/auth/session-actions";
import { buttonClass } from "@/components/ui/button";

/** A form, not a link: signing out changes state, so it is a POST to a server action. */
export function SignOutButton({ compact = false }: { compact?: boolean }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={compact ? "font-medium text-stone-700 hover:text-leaf-700" : buttonClass("secondary")}>
        Sign out
      </button>
    </form>
  );
}
