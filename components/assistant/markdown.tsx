"use client";

import type { AnchorHTMLAttributes, ReactNode } from "react";
import { defaultRehypePlugins, Streamdown, type Components } from "streamdown";

/**
 * Where a link in an answer may go. Our own pages (a relative path, or an absolute URL on the shop's
 * origin) become in-app links, so product links open the product page. An explicit markdown link to
 * another http(s) site opens in a new tab without passing on the shop; a bare URL the model copied
 * from product text, and every other scheme (javascript:, data:, mailto:), stays plain text.
 */
export type LinkTarget = { kind: "internal"; href: string } | { kind: "external"; href: string } | { kind: "text" };

export function linkTarget(href: string | undefined, label: string, origin?: string): LinkTarget {
  if (!href) return { kind: "text" };
  if (href.startsWith("/") && !href.startsWith("//")) return { kind: "internal", href };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: "text" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "text" };
  if (origin && url.origin === origin) return { kind: "internal", href: `${url.pathname}${url.search}${url.hash}` || "/" };
  const bare = label.trim().replace(/^https?:\/\//i, "").replace(/\/$/, "");
  const plain = href.replace(/^https?:\/\//i, "").replace(/\/$/, "");
  if (bare === plain || bare === plain.replace(/^www\./i, "")) return { kind: "text" };
  return { kind: "external", href: url.href };
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return "";
}

const linkClass = "font-medium text-leaf-700 underline underline-offset-2 hover:text-leaf-900";

function SafeLink({ href, children, origin }: { href?: string; children?: ReactNode; origin?: string }) {
  const target = linkTarget(href, textOf(children), origin);
  if (target.kind === "internal") {
    // A full navigation, not a client-side one: coming back then reloads (or restores) the
    // conversation as it is now, where the router's copy of this page predates the answer.
    return (
      <a href={target.href} className={linkClass}>
        {children}
      </a>
    );
  }
  if (target.kind === "external") {
    return (
      <a href={target.href} rel="noopener noreferrer nofollow ugc" target="_blank" className={linkClass}>
        {children}
      </a>
    );
  }
  return <span>{children}</span>;
}

function components(origin?: string): Components {
  const a = ({ href, children }: AnchorHTMLAttributes<HTMLAnchorElement>) => (
    <SafeLink href={href} origin={origin}>
      {children}
    </SafeLink>
  );
  // Streamdown's map types every entry both as an anchor and as any element; `a` is only an anchor.
  return { a } as Components;
}

// rehype-raw is left out on purpose: a model's answer (or product text it quotes) never becomes HTML.
const rehypePlugins = [defaultRehypePlugins.sanitize, defaultRehypePlugins.harden];
const byOrigin = new Map<string, Components>();

/** An answer as markdown (tables, lists, emphasis, code) rendered as it streams in. */
export function Markdown({ text, streaming = false, origin }: { text: string; streaming?: boolean; origin?: string }) {
  const key = origin ?? "";
  let map = byOrigin.get(key);
  if (!map) {
    map = components(origin);
    byOrigin.set(key, map);
  }
  return (
    <Streamdown
      className="assistant-markdown flex flex-col gap-2 leading-relaxed"
      mode={streaming ? "streaming" : "static"}
      isAnimating={streaming}
      skipHtml
      rehypePlugins={rehypePlugins}
      components={map}
      linkSafety={{ enabled: false }}
      controls={false}
      lineNumbers={false}
    >
      {text}
    </Streamdown>
  );
}
