"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Download, ScrollText } from "lucide-react";
import { api } from "@/components/app/api-client";
import { LocalTime, errorText } from "@/components/app/settings/client-utils";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

interface AuditItem {
  id: string;
  action: string;
  actor: { id: string; name: string | null; email: string | null } | null;
  targetType: string | null;
  targetId: string | null;
  data: unknown;
  createdAt: string;
}

interface Filters {
  action: string;
  actorId: string;
  from: string;
  to: string;
}

const PREFIXES = ["auth.", "team.", "member.", "invitation.", "project.", "key.", "token.", "webhook.", "share.", "budget.", "price."];
const ANYONE = "__anyone";

function params(filters: Filters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter(([k, v]) => v && !(k === "actorId" && v === ANYONE));
  return new URLSearchParams(entries).toString();
}

function details(data: unknown): string {
  if (data === null || data === undefined) return "";
  if (typeof data !== "object") return String(data);
  return Object.entries(data as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" · ");
}

export function AuditLog({ members }: { members: { id: string; name: string; email: string }[] }) {
  const empty: Filters = { action: "", actorId: ANYONE, from: "", to: "" };
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const query = useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => api<{ items: AuditItem[]; nextCursor: string | null }>(`/api/v1/audit?${params(filters, { limit: "50", ...(pageParam && { cursor: pageParam }) })}`),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilters(draft);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={apply} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1.2fr_1.2fr_1fr_1fr_auto] lg:items-end">
        <Field label="Action starts with">
          <Input list="audit-prefixes" value={draft.action} onChange={(e) => set("action")(e.target.value)} placeholder="key., member.role_changed…" />
        </Field>
        <datalist id="audit-prefixes">
          {PREFIXES.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <Field label="Actor">
          <Select
            aria-label="Actor"
            value={draft.actorId}
            onValueChange={set("actorId")}
            options={[{ value: ANYONE, label: "Anyone" }, ...members.map((m) => ({ value: m.id, label: m.name, description: m.email }))]}
          />
        </Field>
        <Field label="From">
          <Input type="date" value={draft.from} onChange={(e) => set("from")(e.target.value)} />
        </Field>
        <Field label="To">
          <Input type="date" value={draft.to} onChange={(e) => set("to")(e.target.value)} />
        </Field>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          <a className={buttonClassName({ variant: "outline" })} href={`/api/v1/audit.csv?${params(filters)}`} download>
            <Download aria-hidden /> CSV
          </a>
        </div>
      </form>

      {query.isPending ? (
        <Spinner label="Loading the audit log" />
      ) : query.isError ? (
        <p role="alert" className="text-sm text-danger">{errorText(query.error)}</p>
      ) : items.length === 0 ? (
        <EmptyState icon={<ScrollText />} title="No events match" text="Change the filters, or come back after something has happened in the team." />
      ) : (
        <>
          <Table aria-label="Audit events">
            <TableHeader>
              <TableRow>
                <TableHead>Time</TableHead>
                <TableHead>Action</TableHead>
                <TableHead>Actor</TableHead>
                <TableHead>Target</TableHead>
                <TableHead>Details</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((e) => (
                <TableRow key={e.id}>
                  <TableCell className="whitespace-nowrap">
                    <LocalTime iso={e.createdAt} />
                  </TableCell>
                  <TableCell className="font-mono text-xs">{e.action}</TableCell>
                  <TableCell className="whitespace-nowrap" title={e.actor?.email ?? undefined}>
                    {e.actor ? (e.actor.name ?? e.actor.email ?? e.actor.id) : <span className="text-muted">system</span>}
                  </TableCell>
                  <TableCell className="text-xs text-muted">
                    {e.targetType && (
                      <>
                        {e.targetType}
                        <div className="max-w-40 truncate font-mono" title={e.targetId ?? undefined}>{e.targetId}</div>
                      </>
                    )}
                  </TableCell>
                  <TableCell className="text-xs text-muted">
                    <div className="max-w-64 truncate" title={details(e.data)}>
                      {details(e.data)}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {query.hasNextPage && (
            <Button variant="outline" size="sm" loading={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
              Load older events
            </Button>
          )}
        </>
      )}
    </div>
  );
}
