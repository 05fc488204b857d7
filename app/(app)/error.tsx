"use client";

// A crash in a signed-in page: shown inside the app's shell, so the navigation stays.
import { CrashPage, type CrashProps } from "@/components/app/crash-page";

export default function AppError(props: CrashProps) {
  return (
    <>
      <title>Something went wrong · Reelroom</title>
      <CrashPage {...props} home={{ href: "/projects", label: "Go to projects" }} />
    </>
  );
}
