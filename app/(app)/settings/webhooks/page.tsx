import { SettingsFrame, SettingsSection } from "@/components/app/settings/settings-frame";
import { WebhooksManager } from "@/components/app/settings/webhooks-manager";
import { settingsAccess } from "@/app/(app)/_parts/settings-access";
import { listWebhooks } from "@/lib/services/webhooks/webhooks";

export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const { actor, refusal } = await settingsAccess("/settings/webhooks", "webhook.manage", "webhooks");
  if (refusal) return refusal;
  const webhooks = await listWebhooks(actor);
  return (
    <SettingsFrame actor={actor} current="/settings/webhooks">
      <SettingsSection
        title="Webhooks"
        description="Reelroom POSTs a signed JSON event to each endpoint when a generation succeeds, fails, expires or is canceled, and when a request waits for approval or is decided; it retries for 24 hours until the endpoint answers 2xx."
      >
        <WebhooksManager
          webhooks={webhooks.map((w) => ({
            id: w.id,
            url: w.url,
            events: w.events,
            includeCost: w.includeCost,
            active: w.active,
            createdAt: w.createdAt.toISOString(),
            lastDelivery: w.lastDelivery ? { ...w.lastDelivery, createdAt: w.lastDelivery.createdAt.toISOString() } : null,
          }))}
        />
      </SettingsSection>
    </SettingsFrame>
  );
}
