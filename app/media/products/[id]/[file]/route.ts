import { readProductPhoto } from "@/lib/catalog/product-photos";

// A file name carries its photo's content hash (lib/catalog/photo-urls.ts): a new photo gets a
// new URL, so browsers and CDNs may keep every response for good.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  const bytes = await readProductPhoto(id, file);
  if (!bytes) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "image/webp",
      "content-length": String(bytes.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
