"use client";

// Whether an element is near the viewport. One IntersectionObserver per margin is shared by all
// elements (a gallery of 1,000+ cards does not create 1,000 observers).
import { useCallback, useEffect, useRef, useState } from "react";

type Listener = (visible: boolean) => void;

const shared = new Map<string, { observer: IntersectionObserver; listeners: Map<Element, Listener> }>();

function observe(node: Element, rootMargin: string, listener: Listener): () => void {
  let entry = shared.get(rootMargin);
  if (!entry) {
    const listeners = new Map<Element, Listener>();
    const observer = new IntersectionObserver(
      (changes) => {
        for (const change of changes) listeners.get(change.target)?.(change.isIntersecting);
      },
      { rootMargin },
    );
    entry = { observer, listeners };
    shared.set(rootMargin, entry);
  }
  const current = entry;
  current.listeners.set(node, listener);
  current.observer.observe(node);
  return () => {
    current.observer.unobserve(node);
    current.listeners.delete(node);
  };
}

/** `[ref, near]`: attach `ref` to the element; `near` follows it in and out of the margin. */
export function useInView<T extends Element>({ rootMargin = "200px" } = {}): [(node: T | null) => void, boolean] {
  const [inView, setInView] = useState(false);
  const stop = useRef<(() => void) | null>(null);

  const ref = useCallback(
    (node: T | null) => {
      stop.current?.();
      stop.current = null;
      if (!node) return;
      if (typeof IntersectionObserver === "undefined") {
        setInView(true);
        return;
      }
      stop.current = observe(node, rootMargin, setInView);
    },
    [rootMargin],
  );

  useEffect(() => () => stop.current?.(), []);
  return [ref, inView];
}
