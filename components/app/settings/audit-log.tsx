"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Download, ScrollText } from "lucide-react";
import { api } from "@/components/app/api-client";
import type { AuditEventJson, AuditPageJson } from "@/lib/contracts/audit";
import { LocalTime, errorText } from "@/components/app/settings/client-utils";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { AUDIT_ACTION_LABELS, AUDIT_CATEGORY_LABELS, auditActionLabel, auditDetails, auditTargetLabel } from "@/lib/rules/audit-labels";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type AuditItem = AuditEventJson;

interface Filters {
  action: string;
  actorId: string;
  from: string;
  to: string;
}

const CATEGORIES = ["auth", "team", "member", "invitation", "project", "generation", "share", "key", "token", "webhook", "budget", "price"];
const ANYONE = "__anyone";
const ANY_ACTION = "__any";

const ACTION_OPTIONS = [
  { value: ANY_ACTION, label: "Any action" },
  ...CATEGORIES.map((c) => ({
    label: AUDIT_CATEGORY_LABELS[c],
    options: [
      { value: `${c}.`, label: `Everything in ${AUDIT_CATEGORY_LABELS[c]}` },
      ...Object.keys(AUDIT_ACTION_LABELS)
        .filter((a) => a.startsWith(`${c}.`))
        .map((a) => ({ value: a, label: auditActionLabel(a) })),
    ],
  })),
];

function params(filters: Filters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter(([k, v]) => v && !(k === "actorId" && v === ANYONE) && !(k === "action" && v === ANY_ACTION));
  return new URLSearchParams(entries).toString();
}

function ActorCell({ actor }: { actor: AuditItem["actor"] }) {
  if (!actor) return <span className="text-muted">System</span>;
  if (!actor.name && !actor.email) return <span className="text-muted">Former member</span>;
  return (
    <>
      <span className="block whitespace-nowrap">{actor.name || actor.email}</span>
      {actor.name && actor.email ? <span className="block text-xs text-muted">{actor.email}</span> : null}
    </>
  );
}

function TargetCell({ e }: { e: AuditItem }) {
  if (!e.targetType) return <span className="text-muted">—</span>;
  return (
    <>
      <span className="block max-w-56 truncate" title={e.targetName ?? undefined}>
        {e.targetName ?? <span className="text-muted">Not available</span>}
      </span>
      <span className="block text-xs text-muted">{auditTargetLabel(e.targetType)}</span>
    </>
  );
}

export function AuditLog({ members }: { members: { id: string; name: string; email: string }[] }) {
  const empty: Filters = { action: ANY_ACTION, actorId: ANYONE, from: "", to: "" };
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const query = useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => api<AuditPageJson>(`/api/v1/audit?${params(filters, { limit: "50", ...(pageParam && { cursor: pageParam }) })}`),
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
        <Field label="Action">
          <Select aria-label="Action" value={draft.action} onValueChange={set("action")} options={ACTION_OPTIONS} />
        </Field>
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
        <p role="alert" className="text-sm text-danger">
          {errorText(query.error)}
        </p>
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
                  <TableCell className="font-medium" title={e.action}>
                    {auditActionLabel(e.action)}
                  </TableCell>
                  <TableCell>
                    <ActorCell actor={e.actor} />
                  </TableCell>
                  <TableCell>
                    <TargetCell e={e} />
                  </TableCell>
                  <TableCell className="text-xs text-muted">
                    <div className="max-w-64 truncate" title={auditDetails(e.data)}>
                      {auditDetails(e.data)}
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
