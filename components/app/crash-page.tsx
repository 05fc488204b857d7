"use client";

// The body of error.tsx and global-error.tsx: a crash, the reference, "try again" and a way home.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { RotateCw, TriangleAlert } from "lucide-react";
import { Button, buttonClassName } from "@/components/ui/button";
import { ErrorView } from "@/components/app/error-view";

export interface CrashProps {
  error: Error & { digest?: string };
  reset: () => void;
}

export function CrashPage({ error, reset, home }: CrashProps & { home: { href: string; label: string } }) {
  const router = useRouter();
  useEffect(() => console.error(error), [error]);
  function retry() {
    // A server component's error comes back only if the server renders again; refresh, then reset.
    startTransition(() => {
      router.refresh();
      reset();
    });
  }
  return (
    <ErrorView
      icon={<TriangleAlert />}
      eyebrow="Something went wrong"
      title="This page could not be shown"
      text="An unexpected error stopped this page from loading. Try again; if it keeps happening, send the reference below to whoever runs Reelroom for your team."
      digest={error.digest}
      actions={
        <>
          <Button onClick={retry}>
            <RotateCw aria-hidden /> Try again
          </Button>
          <Link href={home.href} className={buttonClassName({ variant: "outline" })}>
            {home.label}
          </Link>
        </>
      }
    />
  );
}
