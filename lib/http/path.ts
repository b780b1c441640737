// Edge-safe (middleware imports it): no imports.

/**
 * Whether every percent-escape in a path decodes (`/shop/%zz` or a cut-off UTF-8 sequence does
 * not). Next would otherwise hand a malformed escape to the page and answer 500.
 */
export function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
