import Link from "next/link";
import { ChevronRight } from "lucide-react";

/** The way back up: links to the pages above this one, in order. */
export function Breadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex min-w-0 flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={item.href} className="flex min-w-0 items-center gap-1">
            {i > 0 ? <ChevronRight aria-hidden className="size-3.5 shrink-0 text-muted" /> : null}
            <Link href={item.href} className="truncate hover:text-text hover:underline">
              {item.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
