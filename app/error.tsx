"use client";

// A crash in a page outside the signed-in app (sign-in, invitations, shared videos).
import { CrashPage, type CrashProps } from "@/components/app/crash-page";
import { StandaloneFrame } from "@/components/app/error-view";

export default function RootError(props: CrashProps) {
  return (
    <StandaloneFrame>
      <title>Something went wrong · Reelroom</title>
      <CrashPage {...props} home={{ href: "/", label: "Go to the home page" }} />
    </StandaloneFrame>
  );
}
