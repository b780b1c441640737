import Link from "next/link";
import type { ReactNode } from "react";
import { SelectOptions } from "@/components/ui/field";

/** A console page's title, its one-line description, what sits at its right, and on a detail page the way back to its list. */
export function PageHeader({
  title,
  description,
  back,
  children,
}: {
  title: string;
  description?: string;
  back?: { href: string; label: string };
  children?: ReactNode;
}) {
  const header = (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
        {description ? <p className="mt-1 text-sm text-stone-600">{description}</p> : null}
      </div>
      {children}
    </div>
  );
  if (!back) return header;
  return (
    <>
      <p className="text-sm">
        <Link href={back.href} className="text-leaf-700 hover:underline">
          ← {back.label}
        </Link>
      </p>
      {header}
    </>
  );
}

/** A GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
      {children}
      <button type="submit" className="rounded-lg bg-stone-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-900">
        Apply
      </button>
    </form>
  );
}

/** A filter's choices; `any` names the first one, which filters nothing. */
export function FilterSelect({
  label,
  name,
  value,
  any,
  options,
}: {
  label: string;
  name: string;
  value?: string;
  any?: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-stone-700">
      {label}
      <select name={name} defaultValue={value ?? ""} className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
        <SelectOptions options={any === undefined ? options : [{ value: "", label: any }, ...options]} />
      </select>
    </label>
  );
}

export function FilterSearch({ label, name, value, placeholder }: { label: string; name: string; value?: string; placeholder?: string }) {
  return (
    <label className="flex min-w-56 flex-1 flex-col gap-1 text-xs font-medium text-stone-700">
      {label}
      <input
        type="search"
        name={name}
        defaultValue={value ?? ""}
        placeholder={placeholder}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
      />
    </label>
  );
}

export const tableWrap = "overflow-x-auto rounded-lg border border-stone-200 bg-white";
export const table = "min-w-full divide-y divide-stone-200 text-sm";
export const th = "whitespace-nowrap bg-stone-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-stone-600";
export const thRight = `${th} text-right`;
export const td = "whitespace-nowrap px-3 py-2 align-top text-stone-800";
export const tdRight = `${td} text-right tabular-nums`;

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-6 text-center text-sm text-stone-600">
        {children}
      </td>
    </tr>
  );
}

export type AdminColumn = { label: string; align?: "right"; /** Read by screen readers only (an actions column). */ hidden?: boolean };

/** The console's list table: caption, header row, and the empty-state row when there is nothing to list. */
export function AdminTable({
  caption,
  columns,
  empty,
  isEmpty = false,
  children,
}: {
  caption: string;
  columns: readonly AdminColumn[];
  empty?: ReactNode;
  isEmpty?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={tableWrap}>
      <table className={table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.align === "right" ? thRight : th}>
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {isEmpty ? <EmptyRow colSpan={columns.length}>{empty}</EmptyRow> : null}
          {children}
        </tbody>
      </table>
    </div>
  );
}

/** A list cell with an error above a folded block (an event's payload, an email's body). */
export function FoldedCell({ error, summary, children }: { error: string | null; summary: string; children: ReactNode }) {
  return (
    <td className="max-w-md px-3 py-2 align-top text-xs">
      {error ? <p className="mb-1 whitespace-pre-wrap break-words text-red-700">{error}</p> : null}
      <details>
        <summary className="cursor-pointer text-stone-600">{summary}</summary>
        {children}
      </details>
    </td>
  );
}

/** Where a product row leads: its edit page, named for screen readers. */
export function EditProductLink({ product }: { product: { id: number; name: string } }) {
  return (
    <Link className="font-semibold text-leaf-700 hover:underline" href={`/admin/products/${product.id}`} aria-label={`Edit ${product.name}`}>
      Edit
    </Link>
  );
}

export function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <dt className="text-xs font-semibold uppercase tracking-wide text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums text-stone-900">{value}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-stone-600">{detail}</dd> : null}
    </div>
  );
}
