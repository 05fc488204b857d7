import { redirect } from "next/navigation";
import { KeysManager } from "@/components/app/settings/keys-manager";
import { NotAllowed, SettingsFrame } from "@/components/app/settings/settings-frame";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { listKeys } from "@/lib/services/keys/keys";

export const metadata = { title: "Provider keys" };

export default async function KeysPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  if (!can(actor.role, "key.manage")) {
    return (
      <SettingsFrame actor={actor} current="/settings/keys">
        <NotAllowed what="provider keys" />
      </SettingsFrame>
    );
  }
  const { keys, regions } = await listKeys(actor);
  return (
    <SettingsFrame actor={actor} current="/settings/keys">
      <p className="max-w-3xl text-sm text-muted">
        DashScope keys are tied to a region. Add your team&apos;s key for each region you generate in; it is checked with the provider before it is saved,
        stored encrypted, and never shown again.
      </p>
      <KeysManager
        keys={keys.map((k) => ({
          region: k.region,
          last4: k.last4,
          workspaceId: k.workspaceId,
          baseUrl: k.baseUrl,
          validatedAt: k.validatedAt?.toISOString() ?? null,
          updatedAt: k.updatedAt.toISOString(),
        }))}
        regions={regions}
      />
    </SettingsFrame>
  );
}
