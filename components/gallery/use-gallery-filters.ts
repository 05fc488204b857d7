"use client";

// Filters live in the URL so a view can be shared or reloaded. Updates use the History API,
// which Next.js keeps in sync with useSearchParams: the URL changes at once, without a server
// round trip for the page, and the list query follows the new filters.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { filtersToSearchParams, parseFilters, sameFilters, type GalleryFilters } from "./filters";

export function useGalleryFilters(): [GalleryFilters, (change: Partial<GalleryFilters>) => void] {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo(() => parseFilters(new URLSearchParams(searchParams.toString())), [searchParams]);

  const update = useCallback(
    (change: Partial<GalleryFilters>) => {
      const next = { ...filters, ...change };
      if (sameFilters(next, filters)) return;
      const qs = filtersToSearchParams(next).toString();
      window.history.replaceState(null, "", qs ? `${pathname}?${qs}` : pathname);
    },
    [filters, pathname],
  );
  return [filters, update];
}

/** A text value that follows `value` but reports changes only after the user pauses typing. */
export function useDebouncedInput(value: string, onSettled: (text: string) => void, delayMs = 300): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });
  const sent = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The value changed from elsewhere (clear filters, back button): show it. Our own settled
  // text coming back (trimmed by the URL) is not a change, so typing is never interrupted.
  useEffect(() => {
    if (value === sent.current.trim()) return;
    sent.current = value;
    clearTimeout(timer.current);
    setText(value);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onChange = useCallback(
    (next: string) => {
      setText(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        sent.current = next;
        settled.current(next);
      }, delayMs);
    },
    [delayMs],
  );
  return [text, onChange];
}
