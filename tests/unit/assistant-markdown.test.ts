import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { linkTarget, Markdown } from "@/components/assistant/markdown";

const ORIGIN = "http://localhost:3000";

function render(text: string): string {
  return renderToStaticMarkup(createElement(Markdown, { text, origin: ORIGIN }));
}

describe("the assistant's markdown", () => {
  it("renders what an LLM writes: tables, italics, inline code, numbered lists", () => {
    const html = render(
      [
        "Here is *one idea* and `code`.",
        "",
        "| Recipe | Cost |",
        "| --- | --- |",
        "| Curry | $9.50 |",
        "",
        "1. Rinse the chickpeas.",
        "2. Simmer for 10 minutes.",
      ].join("\n"),
    );
    expect(html).toMatch(/<em[^>]*>one idea<\/em>/);
    expect(html).toMatch(/<code[^>]*>code<\/code>/);
    expect(html).toMatch(/<table[\s\S]*<th[^>]*>Recipe<\/th>[\s\S]*<td[^>]*>\$9.50<\/td>/);
    expect(html).toMatch(/<ol[^>]*>[\s\S]*Rinse the chickpeas\.[\s\S]*Simmer for 10 minutes\./);
  });

  it("sends product links to the product page, on the shop's own origin too", () => {
    const html = render("Buy [Chickpeas in Water](/shop/canned-chickpeas) or [Rice](http://localhost:3000/shop/rice).");
    expect(html).toContain('href="/shop/canned-chickpeas"');
    expect(html).toContain('href="/shop/rice"');
    expect(html).not.toContain('target="_blank"');
  });

  it("never renders raw HTML or a script link, and bare URLs from product text stay text", () => {
    const html = render('<img src=x onerror="alert(1)"> <b>bold</b> [click](javascript:alert(1)) see https://evil.example/free');
    // Shown as the literal text the model wrote, never as elements or attributes.
    expect(html).not.toMatch(/<img|<b>|<[^>]*\sonerror=|href="javascript:/i);
    expect(html).toContain("click");
    expect(html).not.toContain('href="https://evil.example/free"');
  });

  it("opens an explicit link to another site in a new tab without the referrer", () => {
    const html = render("The [Fairtrade standard](https://www.fairtrade.net/standard).");
    expect(html).toMatch(/<a [^>]*href="https:\/\/www.fairtrade.net\/standard"[^>]*>/);
    expect(html).toContain('rel="noopener noreferrer nofollow ugc"');
  });
});

describe("linkTarget", () => {
  it("allows only our pages and explicit http(s) links", () => {
    expect(linkTarget("/plans", "plans page", ORIGIN)).toEqual({ kind: "internal", href: "/plans" });
    expect(linkTarget("//evil.example/x", "x", ORIGIN)).toEqual({ kind: "text" });
    expect(linkTarget("mailto:a@b.c", "mail", ORIGIN)).toEqual({ kind: "text" });
    expect(linkTarget("data:text/html,hi", "hi", ORIGIN)).toEqual({ kind: "text" });
    expect(linkTarget("https://www.example.com/", "www.example.com", ORIGIN)).toEqual({ kind: "text" });
  });
});
