// A signed-in page for something that does not exist or belongs to another team; inside the shell.
import type { Metadata } from "next";
import Link from "next/link";
import { SearchX } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { ErrorView } from "@/components/app/error-view";

export const metadata: Metadata = { title: "Not found" };

export default function AppNotFound() {
  return (
    <ErrorView
      icon={<SearchX />}
      eyebrow="Error 404"
      title="Nothing here"
      text="It may have been deleted, or it belongs to a team you are not signed in to. Switch teams if you expected to see it."
      actions={
        <>
          <Link href="/projects" className={buttonClassName()}>
            Go to projects
          </Link>
          <Link href="/generations" className={buttonClassName({ variant: "outline" })}>
            All videos
          </Link>
        </>
      }
    />
  );
}
