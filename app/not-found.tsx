// Any address that matches no page.
import type { Metadata } from "next";
import Link from "next/link";
import { Compass } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { ErrorView, StandaloneFrame } from "@/components/app/error-view";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <StandaloneFrame>
      <ErrorView
        icon={<Compass />}
        eyebrow="Error 404"
        title="This page does not exist"
        text="The address may be mistyped, or the page has moved."
        actions={
          <Link href="/" className={buttonClassName()}>
            Go to the home page
          </Link>
        }
      />
    </StandaloneFrame>
  );
}
