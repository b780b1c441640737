import { createClient } from "@libsql/client";

/** Runs one `SELECT count(*) AS n …` on a connection of its own to `url`, and gives n. */
export async function countOn(url: string, sql: string): Promise<number> {
  const client = createClient({ url });
  try {
    return Number((await client.execute(sql)).rows[0].n);
  } finally {
    client.close();
  }
}
