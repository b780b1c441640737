"use client";

import { lazy, Suspense } from "react";

// The markdown renderer (streamdown with its parser) is most of the chat's JavaScript, so it is
// its own chunk: fetched when the first answer is shown or a question is sent, not with the page.
// Until it arrives the answer reads as plain text; server-rendered answers keep their markdown.
const loadMarkdown = () => import("./markdown");
const Markdown = lazy(() => loadMarkdown().then((module) => ({ default: module.Markdown })));

/** Starts fetching the renderer early, e.g. while the question is on its way. */
export function preloadAnswerText(): void {
  void loadMarkdown();
}

export function AnswerText({ text, streaming, origin }: { text: string; streaming: boolean; origin?: string }) {
  return (
    <Suspense fallback={<p className="leading-relaxed whitespace-pre-wrap">{text}</p>}>
      <Markdown text={text} streaming={streaming} origin={origin} />
    </Suspense>
  );
}
