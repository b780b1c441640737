import { signInWithGithubAction } from "@/lib/auth/session-actions";
import { Button } from "@/components/ui/button";

/** Rendered only when GitHub sign-in is configured (see `githubEnabled()`). */
export function GithubSignIn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form action={signInWithGithubAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant="secondary" className="w-full">
        Continue with GitHub
      </Button>
    </form>
  );
}
