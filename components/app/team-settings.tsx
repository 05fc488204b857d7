"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Copy, Link2, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { api, ApiError } from "@/components/app/api-client";

const ROLE_LABEL: Record<string, string> = { owner: "Owner", admin: "Admin", member: "Member", viewer: "Viewer" };

function useAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(fn: () => Promise<unknown>, after?: () => void) {
    setBusy(true);
    setError(null);
    try {
      await fn();
      after?.();
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Something went wrong. Try again.");
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}

export function RenameTeamForm({ name, canRename }: { name: string; canRename: boolean }) {
  const [value, setValue] = useState(name);
  const { busy, error, run } = useAction();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api("/api/v1/teams/current", { method: "PATCH", body: { name: value } }));
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2 sm:flex-row">
      <Input aria-label="Team name" value={value} onChange={(e) => setValue(e.target.value)} disabled={!canRename} maxLength={100} className="sm:max-w-sm" />
      {canRename && (
        <Button type="submit" variant="secondary" loading={busy} disabled={!value.trim() || value === name}>
          Save
        </Button>
      )}
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}

export function MemberRow({
  member,
  assignable,
  canRemove,
  isSelf,
}: {
  member: { id: string; role: string; user: { name: string; email: string } };
  assignable: string[];
  canRemove: boolean;
  isSelf: boolean;
}) {
  const { busy, error, run } = useAction();
  const editable = assignable.includes(member.role) && !isSelf;
  return (
    <tr className="border-t border-border">
      <td className="py-3 pr-4">
        <div className="font-medium">
          {member.user.name}
          {isSelf && <span className="ml-1.5 text-xs text-muted">(you)</span>}
        </div>
        <div className="text-xs text-muted">{member.user.email}</div>
      </td>
      <td className="py-3 pr-4">
        {editable ? (
          <select
            aria-label={`Role of ${member.user.name}`}
            className="rounded-md border border-border bg-surface px-2 py-1 text-sm"
            value={member.role}
            disabled={busy}
            onChange={(e) => run(() => api(`/api/v1/members/${member.id}`, { method: "PATCH", body: { role: e.target.value } }))}
          >
            {assignable.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        ) : (
          <span className="text-sm">{ROLE_LABEL[member.role]}</span>
        )}
        {error && (
          <p role="alert" className="mt-1 text-xs text-danger">
            {error}
          </p>
        )}
      </td>
      <td className="py-3 text-right">
        {canRemove && editable && (
          <Button
            variant="ghost"
            size="sm"
            disabled={busy}
            onClick={() => window.confirm(`Remove ${member.user.name} from the team?`) && run(() => api(`/api/v1/members/${member.id}`, { method: "DELETE" }))}
          >
            <Trash2 aria-hidden /> Remove
          </Button>
        )}
      </td>
    </tr>
  );
}

export function InviteForm({ roles }: { roles: string[] }) {
  const [role, setRole] = useState(roles.includes("member") ? "member" : roles[0]);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { busy, error, run } = useAction();
  const create = () =>
    run(async () => {
      const { invitation } = await api<{ invitation: { url: string } }>("/api/v1/invitations", { body: { role } });
      setLink(invitation.url);
      setCopied(false);
    });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm" htmlFor="invite-role">
          Invite as
        </label>
        <select
          id="invite-role"
          className="rounded-md border border-border bg-surface px-2 py-1.5 text-sm"
          value={role}
          onChange={(e) => setRole(e.target.value)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
        <Button onClick={create} loading={busy} variant="secondary">
          <Link2 aria-hidden /> Create invitation link
        </Button>
      </div>
      {link && (
        <div className="flex items-center gap-2 rounded-md border border-border bg-surface-2 p-2">
          <code data-testid="invite-link" className="min-w-0 flex-1 truncate text-xs">
            {link}
          </code>
          <Button size="sm" variant="outline" onClick={() => navigator.clipboard.writeText(link).then(() => setCopied(true))}>
            <Copy aria-hidden /> {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export function RevokeInvitationButton({ id }: { id: string }) {
  const { busy, run } = useAction();
  return (
    <Button variant="ghost" size="sm" disabled={busy} onClick={() => run(() => api(`/api/v1/invitations/${id}`, { method: "DELETE" }))}>
      Revoke
    </Button>
  );
}

export function LeaveTeamButton({ teamName }: { teamName: string }) {
  const router = useRouter();
  const { busy, error, run } = useAction();
  return (
    <div className="space-y-2">
      <Button
        variant="outline"
        disabled={busy}
        onClick={() =>
          window.confirm(`Leave ${teamName}?`) &&
          run(
            () => api("/api/v1/teams/leave", { method: "POST" }),
            () => router.push("/projects"),
          )
        }
      >
        Leave team
      </Button>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
