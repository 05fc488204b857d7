"use client";

// The last resort: the root layout itself failed, so this page brings its own <html> and styles.
import { GeistSans } from "geist/font/sans";
import { CrashPage, type CrashProps } from "@/components/app/crash-page";
import { StandaloneFrame } from "@/components/app/error-view";
import { themeInitScript } from "@/components/ui/theme";
import "./globals.css";

export default function GlobalError(props: CrashProps) {
  return (
    <html lang="en" className={GeistSans.variable} suppressHydrationWarning>
      <head>
        <title>Something went wrong · Reelroom</title>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <StandaloneFrame>
          <CrashPage {...props} home={{ href: "/", label: "Go to the home page" }} />
        </StandaloneFrame>
      </body>
    </html>
  );
}
