"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link2, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { ApiError } from "@/components/app/api-client";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { ERROR_TOAST_DURATION } from "@/components/ui/toast";
import { createShare, fetchShares, queryKeys, revokeShare } from "./api";
import { expiryText, parseExpiryDays } from "./share-expiry";
import type { GenerationJson as GenerationItem, ShareLinkJson as ShareLink } from "@/lib/contracts/generation";

export function ShareDialog({ g, open, onOpenChange }: { g: GenerationItem; open: boolean; onOpenChange: (open: boolean) => void }) {
  const client = useQueryClient();
  const [expiry, setExpiry] = useState("");
  const parsed = parseExpiryDays(expiry);
  const shares = useQuery({ queryKey: queryKeys.shares(g.id), queryFn: () => fetchShares(g.id), enabled: open && Boolean(g.video) });
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.shares(g.id) });
  const onError = (title: string) => (error: unknown) =>
    toast.error(title, { description: error instanceof ApiError ? error.message : "Please try again.", duration: ERROR_TOAST_DURATION });

  const create = useMutation({
    mutationFn: () => createShare(g.id, parsed.days),
    onSuccess: (link) => {
      client.setQueryData<ShareLink[]>(queryKeys.shares(g.id), (links = []) => [link, ...links]);
      setExpiry("");
      void refresh();
    },
    onError: onError("Could not create the link"),
  });
  const revoke = useMutation({
    mutationFn: (shareId: string) => revokeShare(g.id, shareId),
    onSuccess: (_, shareId) => {
      client.setQueryData<ShareLink[]>(queryKeys.shares(g.id), (links = []) => links.filter((l) => l.id !== shareId));
      toast.success("Link revoked", { description: "Anyone opening it now sees that it is no longer available." });
    },
    onError: onError("Could not revoke the link"),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.error) create.mutate();
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="md">
        <DialogHeader>
          <DialogTitle>Share a read-only link</DialogTitle>
          <DialogDescription>Anyone with the link can watch this video and read its prompt, without signing in. Revoke it at any time.</DialogDescription>
        </DialogHeader>
        <DialogBody className="space-y-5 pb-5">
          {!g.video ? (
            <p className="text-sm text-muted">Only archived videos can be shared. Wait until the generation has succeeded.</p>
          ) : (
            <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-start">
              <Field
                label="Expires after"
                optional
                hint="Leave empty for a link that does not expire."
                error={expiry ? parsed.error : undefined}
                className="flex-1"
              >
                <Input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={365}
                  value={expiry}
                  onChange={(e) => setExpiry(e.target.value)}
                  trailing="days"
                  placeholder="Never"
                />
              </Field>
              <Button type="submit" loading={create.isPending} disabled={Boolean(parsed.error)} className="sm:mt-[1.625rem]">
                <Link2 aria-hidden /> Create link
              </Button>
            </form>
          )}
          <section aria-labelledby={`share-links-${g.id}`} className="space-y-2">
            <h3 id={`share-links-${g.id}`} className="text-sm font-medium">
              Active links
            </h3>
            {shares.isPending && g.video ? (
              <Skeleton className="h-12 w-full" />
            ) : (shares.data ?? []).length === 0 ? (
              <p className="text-sm text-muted">No links yet.</p>
            ) : (
              <ul className="divide-y divide-border rounded-lg border border-border">
                {shares.data!.map((link) => (
                  <li key={link.id} className="flex items-center gap-2 px-3 py-2">
                    <div className="min-w-0 flex-1">
                      <p data-testid="share-url" className="truncate font-mono text-xs">
                        {link.url}
                      </p>
                      <p className="text-xs text-muted">{expiryText(link)}</p>
                    </div>
                    <CopyButton
                      value={link.url}
                      label="Copy link"
                      onError={() => toast.error("Could not copy", { description: "Select the link and copy it by hand.", duration: ERROR_TOAST_DURATION })}
                    />
                    <Button
                      variant="ghost"
                      size="icon"
                      aria-label="Revoke link"
                      title="Revoke link"
                      loading={revoke.isPending && revoke.variables === link.id}
                      onClick={() => revoke.mutate(link.id)}
                    >
                      <Trash2 aria-hidden className="text-danger" />
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </DialogBody>
      </DialogContent>
    </Dialog>
  );
}
