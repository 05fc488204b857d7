"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { Archive, ArchiveRestore, CircleStop, Pencil, Plus } from "lucide-react";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { ERROR_TOAST_DURATION } from "@/components/ui/toast";
import { Input } from "@/components/ui/input";
import { api, ApiError } from "@/components/app/api-client";
import { PROJECT_PRIORITIES, type ProjectPriority } from "@/lib/rules/queue-order";

/** `secondary`: another action is the page's main one (e.g. making the first video). */
export function CreateProjectForm({ secondary = false }: { secondary?: boolean }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api("/api/v1/projects", { body: { name } });
      setName("");
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not create the project.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <div className="flex-1">
        <Input
          aria-label="New project name"
          placeholder="New project name, e.g. Spring campaign"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
        />
        {error && (
          <p role="alert" className="mt-1 text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" variant={secondary ? "outline" : "primary"} loading={busy} disabled={!name.trim()}>
        <Plus aria-hidden /> Create project
      </Button>
    </form>
  );
}

export function ProjectRowActions({
  id,
  name,
  archived,
  canRename,
  canArchive,
  priority,
  canPrioritize = false,
}: {
  id: string;
  name: string;
  archived: boolean;
  canRename: boolean;
  canArchive: boolean;
  priority?: ProjectPriority;
  /** Admins: the project's place in the dispatch queue (high, normal, low). */
  canPrioritize?: boolean;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function patch(body: { name?: string; archived?: boolean; priority?: ProjectPriority }) {
    setBusy(true);
    try {
      await api(`/api/v1/projects/${id}`, { method: "PATCH", body });
      router.refresh();
    } catch (e) {
      window.alert(e instanceof ApiError ? e.message : "Could not update the project.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex items-center gap-1">
      {canPrioritize && priority && (
        <select
          aria-label={`Queue priority of ${name}`}
          className="h-8 rounded-md border border-border bg-surface px-1.5 text-xs text-text"
          value={priority}
          disabled={busy}
          onChange={(e) => void patch({ priority: e.target.value as ProjectPriority })}
        >
          {PROJECT_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {p === "normal" ? "Normal priority" : p === "high" ? "High priority" : "Low priority"}
            </option>
          ))}
        </select>
      )}
      {canRename && (
        <Button
          variant="ghost"
          size="icon"
          aria-label={`Rename ${name}`}
          disabled={busy}
          onClick={() => {
            const next = window.prompt("Rename project", name);
            if (next?.trim() && next !== name) void patch({ name: next });
          }}
        >
          <Pencil />
        </Button>
      )}
      {canArchive && (
        <Button
          variant="ghost"
          size="icon"
          aria-label={archived ? `Restore ${name}` : `Archive ${name}`}
          disabled={busy}
          onClick={() => patch({ archived: !archived })}
        >
          {archived ? <ArchiveRestore /> : <Archive />}
        </Button>
      )}
    </div>
  );
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "Cancel all queued": members cancel their own queued generations of the project, admins everyone's. */
export function CancelQueuedButton({ projectId, projectName, everyone }: { projectId: string; projectName: string; everyone: boolean }) {
  const router = useRouter();
  const client = useQueryClient();
  async function cancelAll() {
    try {
      const done = await api<{ canceled: number; requested: number; skipped: number }>(`/api/v1/projects/${encodeURIComponent(projectId)}/cancel-queued`, {
        method: "POST",
      });
      const parts = [
        done.requested > 0 && `${plural(done.requested, "generation")} being sent right now will be canceled as soon as the provider answers.`,
        done.skipped > 0 && `${plural(done.skipped, "generation")} had already left the queue and go on.`,
      ].filter(Boolean);
      toast.success(done.canceled === 0 && done.requested === 0 ? "Nothing was queued" : `Canceled ${plural(done.canceled, "queued generation")}`, {
        description: parts.join(" ") || undefined,
      });
      await client.invalidateQueries({ queryKey: ["generations"] });
      router.refresh();
    } catch (e) {
      toast.error("Could not cancel the queue", {
        description: e instanceof ApiError ? e.message : "Please try again.",
        duration: ERROR_TOAST_DURATION,
      });
      throw e;
    }
  }
  return (
    <AlertDialog
      trigger={
        <Button variant="outline">
          <CircleStop aria-hidden /> Cancel all queued
        </Button>
      }
      title={`Cancel all queued generations in ${projectName}?`}
      description={
        everyone
          ? "Every generation of this project that has not been sent to the provider yet is canceled, whoever queued it. They cost nothing. Those already at the provider go on."
          : "Your generations in this project that have not been sent to the provider yet are canceled. They cost nothing. Those already at the provider go on."
      }
      confirmLabel="Cancel all queued"
      cancelLabel="Keep them"
      onConfirm={cancelAll}
    />
  );
}
