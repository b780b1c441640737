"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/state";
import { PHOTO_ACCEPT, PHOTO_MAX_BYTES } from "@/lib/catalog/photo-upload";

const TOO_LARGE = `The photo must be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`;

/**
 * Upload a product's photo (JPEG, PNG or WebP). A file over the limit is refused here before it is
 * sent, since a body over the server's limit would fail the action without a sentence; the server
 * checks the size and the bytes again.
 */
export function ProductPhotoForm({
  action,
  productId,
}: {
  action: (state: ActionState | null, form: FormData) => Promise<ActionState>;
  productId: number;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? TOO_LARGE : state?.ok === false ? state.message : null;

  return (
    <form
      action={formAction}
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        if (tooLarge) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={productId} />
      {state?.ok === true && !tooLarge ? <Alert tone="success">{state.message}</Alert> : null}
      <Field
        label="Photo"
        name="photo"
        type="file"
        accept={PHOTO_ACCEPT}
        required
        errors={error ? [error] : undefined}
        hint="JPEG, PNG or WebP, at most 5 MB; cut to 4:3 for the shop"
        onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > PHOTO_MAX_BYTES)}
      />
      <div>
        <Button type="submit" disabled={pending || tooLarge}>
          {pending ? "Uploading…" : "Upload photo"}
        </Button>
      </div>
    </form>
  );
}
