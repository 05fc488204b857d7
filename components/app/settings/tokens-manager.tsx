"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { KeySquare, Plus } from "lucide-react";
import { api, ApiError } from "@/components/app/api-client";
import type { ApiTokenJson } from "@/lib/contracts/token";
import { LocalTime, errorText, useAction } from "@/components/app/settings/client-utils";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** The token as the settings page passes it (the fields of the API resource this list shows). */
export type TokenView = Pick<ApiTokenJson, "id" | "name" | "prefix" | "mine" | "user" | "createdAt" | "lastUsedAt">;

export function TokensManager({ tokens, showOwner, appUrl, projectId }: { tokens: TokenView[]; showOwner: boolean; appUrl: string; projectId: string | null }) {
  const [creating, setCreating] = useState(false);
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button onClick={() => setCreating(true)}>
          <Plus aria-hidden /> New token
        </Button>
      </div>
      {tokens.length === 0 ? (
        <EmptyState icon={<KeySquare />} title="No API tokens yet" text="Create a token to call the REST API from scripts and CI pipelines." />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              {showOwner && <TableHead>Owner</TableHead>}
              <TableHead>Token</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Last used</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tokens.map((t) => (
              <TokenRow key={t.id} token={t} showOwner={showOwner} />
            ))}
          </TableBody>
        </Table>
      )}
      {creating && <CreateTokenDialog appUrl={appUrl} projectId={projectId} onClose={() => setCreating(false)} />}
    </div>
  );
}

function TokenRow({ token, showOwner }: { token: TokenView; showOwner: boolean }) {
  const { busy, error, run } = useAction();
  return (
    <TableRow>
      <TableCell className="font-medium">{token.name}</TableCell>
      {showOwner && (
        <TableCell>
          {token.user.name} {token.mine && <Badge size="sm">you</Badge>}
          <div className="text-xs text-muted">{token.user.email}</div>
        </TableCell>
      )}
      <TableCell className="font-mono text-xs">{token.prefix}…</TableCell>
      <TableCell className="whitespace-nowrap">
        <LocalTime iso={token.createdAt} />
      </TableCell>
      <TableCell className="whitespace-nowrap">
        <LocalTime iso={token.lastUsedAt} fallback="Never" />
      </TableCell>
      <TableCell className="text-right">
        <AlertDialog
          trigger={
            <Button variant="ghost" size="sm" disabled={busy}>
              Revoke
            </Button>
          }
          title={`Revoke “${token.name}”?`}
          description="Scripts using this token get 401 from now on. This cannot be undone."
          confirmLabel="Revoke token"
          onConfirm={async () => {
            await run(() => api(`/api/v1/tokens/${token.id}`, { method: "DELETE" }));
          }}
        />
        {error && (
          <p role="alert" className="text-xs text-danger">
            {error}
          </p>
        )}
      </TableCell>
    </TableRow>
  );
}

function curlExamples(appUrl: string, token: string, projectId: string | null): string {
  const body = JSON.stringify({
    projectId: projectId ?? "PROJECT_ID",
    model: "wan2.6-t2v",
    region: "singapore",
    prompt: "A paper boat drifting down a rainy street",
  });
  return [
    `# list the latest generations`,
    `curl -H "Authorization: Bearer ${token}" "${appUrl}/api/v1/generations?limit=5"`,
    ``,
    `# start one`,
    `curl -X POST "${appUrl}/api/v1/generations" \\`,
    `  -H "Authorization: Bearer ${token}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -H "Idempotency-Key: $(uuidgen)" \\`,
    `  -d '${body}'`,
  ].join("\n");
}

function CreateTokenDialog({ appUrl, projectId, onClose }: { appUrl: string; projectId: string | null; onClose: () => void }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ token: string }>("/api/v1/tokens", { body: { name } });
      setCreated(result.token);
      router.refresh();
    } catch (failure) {
      setError(failure instanceof ApiError && failure.issues[0] ? failure.issues[0].message : errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="lg">
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Your new token</DialogTitle>
              <DialogDescription>Copy it now: it is shown only once and stored only as a hash.</DialogDescription>
            </DialogHeader>
            <DialogBody className="space-y-4">
              <div className="flex items-center gap-2 rounded-md border border-border bg-surface-2 p-2">
                <code data-testid="new-token" className="min-w-0 flex-1 break-all font-mono text-xs">
                  {created}
                </code>
                <CopyButton value={created} variant="outline">
                  Copy
                </CopyButton>
              </div>
              <div>
                <div className="mb-1.5 flex items-center justify-between">
                  <p className="text-sm font-medium">Try it</p>
                  <CopyButton value={curlExamples(appUrl, created, projectId)} size="sm">
                    Copy example
                  </CopyButton>
                </div>
                <pre className="overflow-x-auto rounded-md border border-border bg-surface-2 p-3 text-xs leading-relaxed">
                  {curlExamples(appUrl, created, projectId)}
                </pre>
              </div>
            </DialogBody>
            <DialogFooter>
              <Button onClick={onClose}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={submit} className="contents">
            <DialogHeader>
              <DialogTitle>New API token</DialogTitle>
              <DialogDescription>The token acts as you, with your role, in this team only.</DialogDescription>
            </DialogHeader>
            <DialogBody className="space-y-4">
              {error && <Banner tone="danger">{error}</Banner>}
              <Field label="Name" required hint="What is it for? For example: CI pipeline, render script.">
                <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoFocus />
              </Field>
            </DialogBody>
            <DialogFooter>
              <Button variant="outline" onClick={onClose} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} disabled={!name.trim()}>
                Create token
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
