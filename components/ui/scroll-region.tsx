"use client";

import { useEffect, useRef, useState, type ComponentProps } from "react";

/**
 * A box that scrolls sideways when its content is too wide. Only while it does scroll, it is a
 * labelled region in the tab order, so keyboard users can scroll it with the arrow keys.
 */
export function ScrollRegion({ label, ...props }: ComponentProps<"div"> & { label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref} {...(scrolls && { tabIndex: 0, role: "region", "aria-label": label })} {...props} />;
}
