"use client";

import { useState } from "react";
import { ChevronDown, ChevronRight, Pencil, Plus, RefreshCcw, Trash2, Webhook as WebhookIcon } from "lucide-react";
import { api } from "@/components/app/api-client";
import { LocalTime, useAction } from "@/components/app/settings/client-utils";
import { WebhookDeliveries } from "@/components/app/settings/webhook-deliveries";
import { SecretView, WebhookFormDialog, type WebhookView } from "@/components/app/settings/webhook-form";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Switch } from "@/components/ui/switch";

export type { WebhookView };

export function WebhooksManager({ webhooks }: { webhooks: WebhookView[] }) {
  const [creating, setCreating] = useState(false);
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button onClick={() => setCreating(true)}>
          <Plus aria-hidden /> New webhook
        </Button>
      </div>
      {webhooks.length === 0 ? (
        <EmptyState icon={<WebhookIcon />} title="No webhooks yet" text="Get a signed HTTPS call when a generation succeeds, fails or expires." />
      ) : (
        webhooks.map((w) => <WebhookCard key={w.id} webhook={w} />)
      )}
      {creating && <WebhookFormDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

function WebhookCard({ webhook: w }: { webhook: WebhookView }) {
  const { busy, error, run } = useAction();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <section aria-label={`Webhook ${w.url}`} className="rounded-xl border border-border bg-surface p-5 shadow-card">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-2">
          <p className="truncate font-mono text-sm" title={w.url}>
            {w.url}
          </p>
          <div className="flex flex-wrap gap-1.5">
            {w.events.map((e) => (
              <Badge key={e} size="sm">
                {e.replace("generation.", "")}
              </Badge>
            ))}
            <Badge size="sm" tone={w.includeCost ? "accent" : "neutral"}>
              {w.includeCost ? "with costs" : "without costs"}
            </Badge>
            {!w.active && (
              <Badge size="sm" tone="warning">
                paused
              </Badge>
            )}
          </div>
          <p className="text-xs text-muted">
            {w.lastDelivery ? (
              <>
                Last delivery {w.lastDelivery.status}
                {w.lastDelivery.lastStatusCode ? ` (HTTP ${w.lastDelivery.lastStatusCode})` : ""}, <LocalTime iso={w.lastDelivery.createdAt} />
              </>
            ) : (
              <>
                Created <LocalTime iso={w.createdAt} />, no deliveries yet
              </>
            )}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <Switch
            size="sm"
            aria-label={w.active ? "Pause webhook" : "Resume webhook"}
            checked={w.active}
            disabled={busy}
            onCheckedChange={(active) => run(() => api(`/api/v1/webhooks/${w.id}`, { method: "PATCH", body: { active } }))}
          />
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden /> Edit
          </Button>
          <AlertDialog
            trigger={
              <Button variant="ghost" size="sm" disabled={busy}>
                <RefreshCcw aria-hidden /> New secret
              </Button>
            }
            tone="primary"
            title="Replace the signing secret?"
            description="Deliveries from now on are signed with a new secret; update your receiver right away."
            confirmLabel="Replace secret"
            onConfirm={async () => {
              const result = await run(() => api<{ secret: string }>(`/api/v1/webhooks/${w.id}`, { method: "PATCH", body: { rotateSecret: true } }));
              if (result?.secret) setSecret(result.secret);
            }}
          />
          <AlertDialog
            trigger={
              <Button variant="ghost" size="sm" disabled={busy} aria-label="Delete webhook">
                <Trash2 aria-hidden />
              </Button>
            }
            title="Delete this webhook?"
            description="Its delivery log is deleted too. Pending deliveries are not sent."
            confirmLabel="Delete webhook"
            onConfirm={async () => {
              await run(() => api(`/api/v1/webhooks/${w.id}`, { method: "DELETE" }));
            }}
          />
        </div>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      )}
      <div className="mt-3 border-t border-border pt-3">
        <Button variant="ghost" size="sm" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
          {open ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />} Delivery log
        </Button>
        {open && (
          <div className="mt-3">
            <WebhookDeliveries webhookId={w.id} active={w.active} />
          </div>
        )}
      </div>
      {editing && <WebhookFormDialog webhook={w} onClose={() => setEditing(false)} />}
      {secret && (
        <Dialog open onOpenChange={(o) => !o && setSecret(null)}>
          <DialogContent size="md">
            <SecretView secret={secret} onClose={() => setSecret(null)} />
          </DialogContent>
        </Dialog>
      )}
    </section>
  );
}
