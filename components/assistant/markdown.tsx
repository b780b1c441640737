import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The little markdown the assistant writes: paragraphs, "- " lists, **bold**, `code` and links.
 * Rendered as React elements, never as HTML, so a model's output cannot inject markup; links
 * go only to our own pages or to http(s) addresses.
 */

const INLINE = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|`([^`]+)`/g;

function safeHref(href: string): string | undefined {
  if (href.startsWith("/") && !href.startsWith("//")) return href;
  if (/^https?:\/\//i.test(href)) return href;
  return undefined;
}

function inline(text: string, keyPrefix: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(INLINE)) {
    const start = match.index ?? 0;
    if (start > last) nodes.push(text.slice(last, start));
    const key = `${keyPrefix}-${index++}`;
    if (match[1] !== undefined) {
      nodes.push(<strong key={key}>{match[1]}</strong>);
    } else if (match[2] !== undefined) {
      const href = safeHref(match[3]);
      if (!href) nodes.push(match[2]);
      else if (href.startsWith("/")) {
        nodes.push(
          <Link key={key} href={href} className="font-medium text-leaf-700 underline underline-offset-2 hover:text-leaf-900">
            {match[2]}
          </Link>,
        );
      } else {
        nodes.push(
          <a key={key} href={href} rel="noopener noreferrer nofollow" target="_blank" className="font-medium text-leaf-700 underline underline-offset-2">
            {match[2]}
          </a>,
        );
      }
    } else if (match[4] !== undefined) {
      nodes.push(
        <code key={key} className="rounded bg-stone-100 px-1 text-[0.9em]">
          {match[4]}
        </code>,
      );
    }
    last = start + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

type Block = { kind: "list"; items: string[] } | { kind: "ordered"; items: string[] } | { kind: "heading"; text: string } | { kind: "lines"; lines: string[] };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split("\n")) {
    const last = out[out.length - 1];
    const bullet = line.match(/^\s*[-*]\s+(.*)$/);
    const numbered = line.match(/^\s*\d+[.)]\s+(.*)$/);
    const heading = line.match(/^#{1,6}\s+(.*)$/);
    if (line.trim() === "") {
      out.push({ kind: "lines", lines: [] });
    } else if (bullet) {
      if (last?.kind === "list") last.items.push(bullet[1]);
      else out.push({ kind: "list", items: [bullet[1]] });
    } else if (numbered) {
      if (last?.kind === "ordered") last.items.push(numbered[1]);
      else out.push({ kind: "ordered", items: [numbered[1]] });
    } else if (heading) {
      out.push({ kind: "heading", text: heading[1] });
    } else if (last?.kind === "lines") {
      last.lines.push(line);
    } else {
      out.push({ kind: "lines", lines: [line] });
    }
  }
  return out.filter((block) => block.kind !== "lines" || block.lines.length > 0);
}

export function Markdown({ text }: { text: string }) {
  return (
    <div className="flex flex-col gap-2 leading-relaxed">
      {blocks(text).map((block, index) => {
        const key = `b${index}`;
        if (block.kind === "list") {
          return (
            <ul key={key} className="ml-5 list-disc space-y-1">
              {block.items.map((item, i) => (
                <li key={i}>{inline(item, `${key}-${i}`)}</li>
              ))}
            </ul>
          );
        }
        if (block.kind === "ordered") {
          return (
            <ol key={key} className="ml-5 list-decimal space-y-1">
              {block.items.map((item, i) => (
                <li key={i}>{inline(item, `${key}-${i}`)}</li>
              ))}
            </ol>
          );
        }
        if (block.kind === "heading") {
          return (
            <p key={key} className="font-semibold text-stone-900">
              {inline(block.text, key)}
            </p>
          );
        }
        return (
          <p key={key}>
            {block.lines.map((line, i) => (
              <span key={i}>
                {i > 0 ? <br /> : null}
                {inline(line, `${key}-${i}`)}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
