"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { KeyRound, Plus, Trash2 } from "lucide-react";
import { api, ApiError } from "@/components/app/api-client";
import type { KeySource, ProviderKeyJson, RegionKeyStatusJson } from "@/lib/contracts/key";
import type { Region } from "@/lib/rules/models/types";
import { LocalTime, errorText, useAction } from "@/components/app/settings/client-utils";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type RegionName = Region;
/** The key as the settings page passes it (the fields of the API resource this card shows). */
export type KeyView = Pick<ProviderKeyJson, "region" | "last4" | "workspaceId" | "baseUrl" | "validatedAt" | "updatedAt">;
export type RegionView = RegionKeyStatusJson;

const REGION_LABEL: Record<RegionName, { name: string; where: string }> = {
  singapore: { name: "Singapore", where: "International (dashscope-intl)" },
  virginia: { name: "Virginia", where: "United States (dashscope-us)" },
  beijing: { name: "Beijing", where: "China mainland (dashscope)" },
};

const SOURCE: Record<KeySource, { label: string; tone: BadgeTone; text: string }> = {
  team: { label: "Team key", tone: "success", text: "Generations in this region use your team's key and bill your Alibaba Cloud account." },
  instance: { label: "Instance key", tone: "info", text: "Without a team key, generations use the key configured for this Reelroom instance." },
  simulator: { label: "Simulator", tone: "warning", text: "Without a team key, generations go to the built-in simulator: no real videos, no cost." },
  none: { label: "No key", tone: "neutral", text: "Without a team key, generations in this region are refused." },
};

export function KeysManager({ keys, regions }: { keys: KeyView[]; regions: RegionView[] }) {
  const [editing, setEditing] = useState<RegionName | null>(null);
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      {regions.map((r) => (
        <RegionCard key={r.region} status={r} saved={keys.find((k) => k.region === r.region) ?? null} onEdit={() => setEditing(r.region)} />
      ))}
      {editing && <KeyDialog initialRegion={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

function RegionCard({ status, saved, onEdit }: { status: RegionView; saved: KeyView | null; onEdit: () => void }) {
  const { busy, error, run } = useAction();
  const label = REGION_LABEL[status.region];
  const source = SOURCE[status.uses];
  return (
    <section aria-label={`${label.name} provider key`} className="flex flex-col rounded-xl border border-border bg-surface p-5 shadow-card">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 className="font-semibold">{label.name}</h2>
          <p className="text-xs text-muted">{label.where}</p>
        </div>
        <Badge tone={source.tone} dot>
          {source.label}
        </Badge>
      </div>
      <div className="mt-4 flex-1 space-y-1.5 text-sm">
        {saved ? (
          <>
            <p className="font-mono text-[13px]" data-testid={`key-${status.region}`}>
              sk-…{saved.last4}
            </p>
            <p className="text-muted">
              Checked <LocalTime iso={saved.validatedAt ?? saved.updatedAt} />
            </p>
            {saved.workspaceId && <p className="text-muted">Workspace {saved.workspaceId}</p>}
            {saved.baseUrl && (
              <p className="truncate text-muted" title={saved.baseUrl}>
                Endpoint {saved.baseUrl}
              </p>
            )}
            <p className="pt-1 text-xs text-muted">Without it: {SOURCE[status.fallback].label.toLowerCase()}.</p>
          </>
        ) : (
          <p className="text-muted">{source.text}</p>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      )}
      <div className="mt-4 flex gap-2">
        <Button variant={saved ? "outline" : "primary"} size="sm" onClick={onEdit}>
          {saved ? <KeyRound aria-hidden /> : <Plus aria-hidden />} {saved ? "Replace key" : "Add key"}
        </Button>
        {saved && (
          <AlertDialog
            trigger={
              <Button variant="ghost" size="sm" disabled={busy}>
                <Trash2 aria-hidden /> Remove
              </Button>
            }
            title={`Remove the ${label.name} key?`}
            description={`New generations in ${label.name} will use: ${SOURCE[status.fallback].label.toLowerCase()}. Generations already running finish with the key they started with if it is still available.`}
            confirmLabel="Remove key"
            onConfirm={async () => {
              await run(() => api(`/api/v1/keys/${status.region}`, { method: "DELETE" }));
            }}
          />
        )}
      </div>
    </section>
  );
}

function KeyDialog({ initialRegion, onClose }: { initialRegion: RegionName; onClose: () => void }) {
  const [region, setRegion] = useState<RegionName>(initialRegion);
  const [apiKey, setApiKey] = useState("");
  const [workspaceId, setWorkspaceId] = useState("");
  const [baseUrl, setBaseUrl] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const match = /belongs to (\w+),/.exec(fieldErrors.region ?? "")?.[1];
  const suggested = match && match in REGION_LABEL ? (match as RegionName) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFieldErrors({});
    setFormError(null);
    setBusy(true);
    try {
      await api("/api/v1/keys", { method: "PUT", body: { region, apiKey, ...(workspaceId.trim() && { workspaceId }), ...(baseUrl.trim() && { baseUrl }) } });
      router.refresh();
      onClose();
    } catch (failure) {
      const issues = failure instanceof ApiError ? failure.issues : [];
      setFieldErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      if (!issues.some((i) => ["region", "apiKey", "workspaceId", "baseUrl"].includes(i.path))) setFormError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="md">
        <form onSubmit={submit} className="contents">
          <DialogHeader>
            <DialogTitle>{REGION_LABEL[region].name} API key</DialogTitle>
            <DialogDescription>
              The key is checked with DashScope before it is saved, stored encrypted, and never shown again (only its last four characters).
            </DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-4">
            {formError && <Banner tone="danger">{formError}</Banner>}
            {fieldErrors.region && !formError && (
              <Banner
                tone="warning"
                action={
                  suggested && suggested !== region ? (
                    <Button
                      type="button"
                      size="sm"
                      variant="outline"
                      onClick={() => {
                        setRegion(suggested);
                        setFieldErrors({});
                      }}
                    >
                      Use {REGION_LABEL[suggested].name}
                    </Button>
                  ) : undefined
                }
              >
                {fieldErrors.region}
              </Banner>
            )}
            <Field label="Region">
              <Select
                aria-label="Region"
                value={region}
                onValueChange={(v) => setRegion(v as RegionName)}
                options={(Object.keys(REGION_LABEL) as RegionName[]).map((r) => ({
                  value: r,
                  label: REGION_LABEL[r].name,
                  description: REGION_LABEL[r].where,
                }))}
              />
            </Field>
            <Field label="API key" required error={fieldErrors.apiKey} hint="From the Model Studio console of this region (starts with sk-).">
              <Input type="password" autoComplete="off" spellCheck={false} value={apiKey} onChange={(e) => setApiKey(e.target.value)} placeholder="sk-…" />
            </Field>
            <details className="rounded-md border border-border px-3 py-2 text-sm">
              <summary className="cursor-pointer text-muted">Workspace and dedicated endpoint (optional)</summary>
              <div className="mt-3 space-y-4">
                <Field
                  label="Workspace id"
                  optional
                  error={fieldErrors.workspaceId}
                  hint="Sent as X-DashScope-WorkSpace when your key belongs to a sub-workspace."
                >
                  <Input value={workspaceId} onChange={(e) => setWorkspaceId(e.target.value)} placeholder="ws-…" />
                </Field>
                <Field label="Base URL" optional error={fieldErrors.baseUrl} hint="Only for dedicated endpoints or proxies: an https URL ending in /api/v1.">
                  <Input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="https://…/api/v1" inputMode="url" />
                </Field>
              </div>
            </details>
          </DialogBody>
          <DialogFooter>
            <Button variant="outline" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={apiKey.trim().length < 8}>
              Check and save
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
