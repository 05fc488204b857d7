"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Whether an element is (near) the viewport. `once`: stays true after the first sighting (lazy
 * mounting); otherwise follows the element in and out (infinite-scroll sentinel).
 */
export function useInView<T extends Element>({ rootMargin = "200px", once = false } = {}): [(node: T | null) => void, boolean] {
  const [inView, setInView] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);

  const ref = useCallback(
    (node: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!node) return;
      if (typeof IntersectionObserver === "undefined") {
        setInView(true);
        return;
      }
      observer.current = new IntersectionObserver(
        ([entry]) => {
          if (entry.isIntersecting) {
            setInView(true);
            if (once) observer.current?.disconnect();
          } else if (!once) {
            setInView(false);
          }
        },
        { rootMargin },
      );
      observer.current.observe(node);
    },
    [rootMargin, once],
  );

  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, inView];
}
