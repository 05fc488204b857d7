"use client";

// When a card previews its video: the pointer rested on it for a moment (so scrolling past cards
// under a still pointer loads no video), or keyboard focus is inside it.
import { useCallback, useEffect, useRef, useState, type FocusEvent } from "react";

const HOVER_INTENT_MS = 300;

export function usePreview() {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);
  const handlers = {
    onMouseEnter: () => {
      cancel();
      timer.current = setTimeout(() => setHovered(true), HOVER_INTENT_MS);
    },
    onMouseLeave: () => {
      cancel();
      setHovered(false);
    },
    onFocus: (e: FocusEvent<HTMLElement>) => setFocused(e.currentTarget.matches(":focus-within")),
    onBlur: (e: FocusEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
    },
  };
  return { preview: hovered || focused, handlers };
}
