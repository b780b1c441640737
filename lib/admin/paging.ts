export type Paged<T> = { rows: T[]; total: number; page: number; pages: number };

export function pageCount(total: number, size: number) {
  return Math.max(1, Math.ceil(total / size));
}
