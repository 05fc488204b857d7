"use client";

// The last resort: the root layout itself failed, so this page brings its own <html> and styles.
import { GeistSans } from "geist/font/sans";
import { CrashPage, type CrashProps } from "@/components/app/crash-page";
import { StandaloneFrame } from "@/components/app/error-view";
import { ThemeProvider } from "@/components/ui/theme-provider";
import "./globals.css";

export default function GlobalError(props: CrashProps) {
  return (
    <html lang="en" className={GeistSans.variable} suppressHydrationWarning>
      <head>
        <title>Something went wrong · Reelroom</title>
      </head>
      <body>
        <ThemeProvider>
          <StandaloneFrame>
            <CrashPage {...props} home={{ href: "/", label: "Go to the home page" }} />
          </StandaloneFrame>
        </ThemeProvider>
      </body>
    </html>
  );
}
