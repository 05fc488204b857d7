export function Logo({ className = "" }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-accent" />
        <path d="M11 10.5a1.5 1.5 0 0 1 2.3-1.3l10 5.5a1.5 1.5 0 0 1 0 2.6l-10 5.5a1.5 1.5 0 0 1-2.3-1.3z" fill="#fff" />
      </svg>
      Reelroom
    </span>
  );
}
