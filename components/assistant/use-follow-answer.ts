"use client";

import { useCallback, useEffect, useRef } from "react";

/** How close to the end (in pixels) still counts as reading the newest answer. */
const NEAR_END_PX = 64;
const READING_BACK_KEYS = new Set(["ArrowUp", "PageUp", "Home"]);

/**
 * Keeps the newest answer in view as it streams in, the way chat apps do: `end` marks the bottom
 * of the chat (below the composer), and whenever `changes` change while the shopper is following,
 * the page scrolls so it is on screen. Scrolling back up (wheel, touch, keys) stops following
 * until they come back to the end; sending a question (`now`) follows again.
 */
export function useFollowAnswer(changes: unknown[]) {
  const end = useRef<HTMLDivElement>(null);
  const following = useRef(false);
  const mounted = useRef(false);

  useEffect(() => {
    const readBack = () => {
      following.current = false;
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (READING_BACK_KEYS.has(event.key)) readBack();
    };
    const onScroll = () => {
      const marker = end.current;
      if (marker && marker.getBoundingClientRect().bottom <= window.innerHeight + NEAR_END_PX) following.current = true;
    };
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY < 0) readBack();
    };
    window.addEventListener("wheel", onWheel, { passive: true });
    window.addEventListener("touchmove", readBack, { passive: true });
    window.addEventListener("keydown", onKey);
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("wheel", onWheel);
      window.removeEventListener("touchmove", readBack);
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("scroll", onScroll);
    };
  }, []);

  useEffect(() => {
    // A conversation opened from the list shows from its start; only what happens next is followed.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (following.current) end.current?.scrollIntoView({ block: "end" });
  }, changes);

  const now = useCallback(() => {
    following.current = true;
  }, []);
  return { end, now };
}
