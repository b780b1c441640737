import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { catalogVersion as catalogVersionTable } from "@/db/schema";

/**
 * The catalogue's version: raised by database triggers on every change to products, stock, photos,
 * reviews, categories, recipes and recipe ingredients, whichever process makes it (see db/schema.ts).
 */
export async function catalogVersion(): Promise<number> {
  const [row] = await db.select({ version: catalogVersionTable.version }).from(catalogVersionTable).where(eq(catalogVersionTable.id, 1));
  return row?.version ?? 0;
}
