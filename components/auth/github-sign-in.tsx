import { signInWithGithubAction } from "@/lib/auth/session-actions";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Rendered only when GitHub sign-in is configured (see `githubEnabled()`). */
export function GithubSignIn({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("Auth");
  return (
    <form action={signInWithGithubAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant="secondary" className="w-full">
        {t("github")}
      </Button>
    </form>
  );
}
