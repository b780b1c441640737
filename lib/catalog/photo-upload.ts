/**
 * What an operator may upload as a product photo. Apart from lib/catalog/photo-urls.ts, which every
 * shop card's code in the browser imports, so the cards do not carry the upload form's rules.
 */
/** The largest upload accepted; the admin form checks it before sending, the server again. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** What the upload field offers; the server decides by the bytes, not by this list. */
export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp";
