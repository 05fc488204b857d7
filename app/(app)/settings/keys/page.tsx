import { KeysManager } from "@/components/app/settings/keys-manager";
import { SettingsFrame } from "@/components/app/settings/settings-frame";
import { settingsAccess } from "@/app/(app)/_parts/settings-access";
import { listKeys } from "@/lib/services/keys/keys";

export const metadata = { title: "Provider keys" };

export default async function KeysPage() {
  const { actor, refusal } = await settingsAccess("/settings/keys", "key.manage", "provider keys");
  if (refusal) return refusal;
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
