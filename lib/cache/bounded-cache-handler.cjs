// The incremental cache the shop runs with (next.config.ts `cacheHandler`). Plain CommonJS because
// Next loads it at run time, outside the bundles.
//
// Next's own file-system cache writes every rendered page and every `unstable_cache` result to
// disk, keyed by whatever the request carried, so random `?category=`, `?q=` and product slugs
// could fill the disk. This is that cache with three rules:
// - a page whose status is not 200 (a not-found, a redirect) is not stored: a miss renders again;
// - data entries (`unstable_cache`, one per query) live only in the bounded in-memory LRU
//   (`cacheMaxMemorySize`, 50 MB by default), never on disk;
// - searches (`/shop?q=…`, which middleware rewrites to `/shop/browse/q=…`: lib/catalog/shop-url.ts
//   puts `q` first in the view) are open-ended, so their pages also live only in that LRU.
// Pages that are stored on disk are real products and real shop views, which the routes bound.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

/** The cached browse route of a search, whether Next passes the view encoded or not. */
const SEARCH_VIEW = /\/shop\/browse\/q(=|%3D)/i;

/** Whether an entry with this key and value must stay in memory only. */
function isMemoryOnly(key, data) {
  if (data.kind === "FETCH") return true;
  return data.kind === "APP_PAGE" && SEARCH_VIEW.test(key);
}

class BoundedCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.inMemory = new FileSystemCache({ ...ctx, flushToDisk: false });
  }

  async set(key, data, ctx) {
    if (!data) return super.set(key, data, ctx);
    const isResponse = data.kind === "APP_PAGE" || data.kind === "APP_ROUTE" || data.kind === "PAGES";
    if (isResponse && typeof data.status === "number" && data.status !== 200) return;
    if (isMemoryOnly(key, data)) return this.inMemory.set(key, data, ctx);
    return super.set(key, data, ctx);
  }
}

module.exports = BoundedCacheHandler;
module.exports.isMemoryOnly = isMemoryOnly;
