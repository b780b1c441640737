/**
 * Where an operator's product photo is served, and how pages ask for it. Photos are cut to the
 * cards' 4:3 frame in these widths; a file name carries the photo's content hash, so a new photo
 * gets new URLs and every URL can be cached for good.
 */
export const PHOTO_WIDTHS = [400, 800, 1200] as const;
export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];
export const PHOTO_ASPECT = { width: 4, height: 3 } as const;

const FILE_NAME = /^([a-f0-9]{16})-(\d+)\.webp$/;

export function photoFileName(hash: string, width: PhotoWidth) {
  return `${hash}-${width}.webp`;
}

export function photoHeight(width: number) {
  return Math.round((width * PHOTO_ASPECT.height) / PHOTO_ASPECT.width);
}

/** The hash and width a served file name stands for, or null for any other name. */
export function parsePhotoFileName(name: string): { hash: string; width: PhotoWidth } | null {
  const match = FILE_NAME.exec(name);
  if (!match) return null;
  const width = PHOTO_WIDTHS.find((candidate) => candidate === Number(match[2]));
  return width ? { hash: match[1], width } : null;
}

export type PhotoImage = { src: string; srcSet: string; width: number; height: number };

/**
 * The widths a shop card offers: a card is at most 13rem wide (four to a row in the 72rem page,
 * beside the filters), half the screen on a phone, so even at 3× density 800 px is enough; the
 * 1200 px file is for the product page's large photo.
 */
export const CARD_PHOTO_WIDTHS = [400, 800] as const satisfies readonly PhotoWidth[];

/** The <img> attributes of a product's uploaded photo, or null when it has none (pages show its artwork). */
export function photoImage(product: { id: number; photo: string | null }, widths: readonly PhotoWidth[] = PHOTO_WIDTHS): PhotoImage | null {
  if (!product.photo) return null;
  const url = (width: PhotoWidth) => `/media/products/${product.id}/${photoFileName(product.photo!, width)}`;
  return {
    src: url(800),
    srcSet: widths.map((width) => `${url(width)} ${width}w`).join(", "),
    width: 800,
    height: photoHeight(800),
  };
}
