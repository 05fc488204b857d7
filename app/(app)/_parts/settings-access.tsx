import { redirect } from "next/navigation";
import type { ReactElement } from "react";
import { NotAllowed, SettingsFrame } from "@/components/app/settings/settings-frame";
import { sessionActor, type Actor } from "@/lib/platform/auth/actor";
import { can, type Action } from "@/lib/rules/permissions";

/** The signed-in actor of a settings page, or the page that tells them they may not see `what`. */
export async function settingsAccess(current: string, action: Action, what: string): Promise<{ actor: Actor; refusal: ReactElement | null }> {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  if (can(actor.role, action)) return { actor, refusal: null };
  const refusal = (
    <SettingsFrame actor={actor} current={current}>
      <NotAllowed what={what} />
    </SettingsFrame>
  );
  return { actor, refusal };
}
