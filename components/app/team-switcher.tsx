"use client";

import { DropdownMenu } from "radix-ui";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TeamJson } from "@/lib/contracts/team";

export type TeamOption = TeamJson;

type Team = TeamOption;

export function TeamSwitcher({ teams, currentId }: { teams: Team[]; currentId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const current = teams.find((t) => t.id === currentId);

  async function post(url: string, body: unknown) {
    setBusy(true);
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    setBusy(false);
    return res;
  }

  async function switchTo(teamId: string) {
    if ((await post("/api/v1/teams/switch", { teamId })).ok) {
      router.push("/projects");
      router.refresh();
    }
  }

  async function createTeam() {
    const name = window.prompt("Name of the new team");
    if (!name?.trim()) return;
    const res = await post("/api/v1/teams", { name });
    if (res.ok) await switchTo(((await res.json()) as { team: Team }).team.id);
  }

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        disabled={busy}
        className="flex w-full items-center gap-2 rounded-md border border-border bg-surface px-2.5 py-2 text-left text-sm hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-ring"
      >
        {/* The name is the visible text (team, role) plus what the button does, in that order. */}
        <span aria-hidden className="grid size-6 shrink-0 place-items-center rounded bg-accent/15 text-xs font-semibold text-accent-text">
          {current?.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium">{current?.name}</span>
          <span className="block text-xs capitalize text-muted">{current?.role}</span>
        </span>
        <span className="sr-only">, switch team</span>
        <ChevronsUpDown className="size-4 text-muted" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 min-w-[var(--radix-dropdown-menu-trigger-width)] rounded-lg border border-border bg-surface p-1 text-sm shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-muted">Teams</DropdownMenu.Label>
          {teams.map((team) => (
            <DropdownMenu.Item
              key={team.id}
              onSelect={() => team.id !== currentId && switchTo(team.id)}
              className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 outline-none data-[highlighted]:bg-surface-2"
            >
              <span className="flex-1 truncate">{team.name}</span>
              {team.id === currentId && <Check className="size-4 text-accent-text" aria-label="current team" />}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item
            onSelect={createTeam}
            className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 outline-none data-[highlighted]:bg-surface-2"
          >
            <Plus className="size-4" aria-hidden /> New team
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
