"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Archive, ArchiveRestore, Pencil, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { api, ApiError } from "@/components/app/api-client";

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
}: {
  id: string;
  name: string;
  archived: boolean;
  canRename: boolean;
  canArchive: boolean;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function patch(body: { name?: string; archived?: boolean }) {
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
    <div className="flex gap-1">
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
