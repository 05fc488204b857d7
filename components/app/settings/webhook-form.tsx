"use client";

import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/rules/webhook-events";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/components/app/api-client";
import type { WebhookJson } from "@/lib/contracts/webhook";
import { errorText } from "@/components/app/settings/client-utils";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";

const EVENTS = WEBHOOK_EVENTS.map((value) => ({ value, ...WEBHOOK_EVENT_LABELS[value] }));

/** The webhook as the settings page passes it (the API resource without updatedAt). */
export type WebhookView = Omit<WebhookJson, "updatedAt">;

/** Create (no `webhook`) or edit a webhook. On creation the signing secret is shown once. */
export function WebhookFormDialog({ webhook, onClose }: { webhook?: WebhookView; onClose: () => void }) {
  const router = useRouter();
  const [url, setUrl] = useState(webhook?.url ?? "");
  const [events, setEvents] = useState<string[]>(webhook?.events ?? EVENTS.map((e) => e.value));
  const [includeCost, setIncludeCost] = useState(webhook?.includeCost ?? true);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  const toggle = (value: string, on: boolean) => setEvents((list) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      if (webhook) {
        await api(`/api/v1/webhooks/${webhook.id}`, { method: "PATCH", body: { url, events, includeCost } });
        router.refresh();
        onClose();
      } else {
        const created = await api<{ secret: string }>("/api/v1/webhooks", { body: { url, events, includeCost } });
        setSecret(created.secret);
        router.refresh();
      }
    } catch (failure) {
      const issues = failure instanceof ApiError ? failure.issues : [];
      setErrors(Object.fromEntries(issues.map((i) => [i.path.split(".")[0], i.message])));
      if (issues.length === 0) setFormError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="md">
        {secret ? (
          <SecretView secret={secret} onClose={onClose} />
        ) : (
          <form onSubmit={submit} className="contents">
            <DialogHeader>
              <DialogTitle>{webhook ? "Edit webhook" : "New webhook"}</DialogTitle>
              <DialogDescription>Reelroom POSTs a signed JSON event to this URL when a generation finishes.</DialogDescription>
            </DialogHeader>
            <DialogBody className="space-y-4">
              {formError && <Banner tone="danger">{formError}</Banner>}
              <Field label="Endpoint URL" required error={errors.url} hint="A public https URL.">
                <Input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://example.com/hooks/reelroom" inputMode="url" autoFocus />
              </Field>
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium">Events</legend>
                {EVENTS.map((ev) => (
                  <label key={ev.value} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1 accent-[var(--accent)]"
                      checked={events.includes(ev.value)}
                      onChange={(e) => toggle(ev.value, e.target.checked)}
                    />
                    <span>
                      <span className="font-mono text-xs">{ev.value}</span>
                      <span className="block text-xs text-muted">{ev.hint}</span>
                    </span>
                  </label>
                ))}
                {errors.events && <p className="text-[13px] text-danger">{errors.events}</p>}
              </fieldset>
              <Switch
                label="Include costs"
                description="Send the estimate and the actual cost with each event."
                checked={includeCost}
                onCheckedChange={setIncludeCost}
              />
            </DialogBody>
            <DialogFooter>
              <Button variant="outline" onClick={onClose} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} disabled={!url.trim() || events.length === 0}>
                {webhook ? "Save" : "Create webhook"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

export function SecretView({ secret, onClose }: { secret: string; onClose: () => void }) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>Signing secret</DialogTitle>
        <DialogDescription>Copy it now: it is shown only once. Use it to verify the Reelroom-Signature header of each delivery.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-3">
        <div className="flex items-center gap-2 rounded-md border border-border bg-surface-2 p-2">
          <code data-testid="webhook-secret" className="min-w-0 flex-1 break-all font-mono text-xs">
            {secret}
          </code>
          <CopyButton value={secret} variant="outline">
            Copy
          </CopyButton>
        </div>
        <p className="text-sm text-muted">
          Signature: <code className="text-xs">v1=hex(HMAC-SHA256(secret, timestamp + &quot;.&quot; + body))</code>, with the timestamp from the
          Reelroom-Timestamp header.
        </p>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>Done</Button>
      </DialogFooter>
    </>
  );
}
