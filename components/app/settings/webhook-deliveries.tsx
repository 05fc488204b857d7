"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { RotateCw } from "lucide-react";
import { api } from "@/components/app/api-client";
import type { DeliveryPageJson, WebhookDeliveryJson } from "@/lib/contracts/delivery";
import { LocalTime, errorText } from "@/components/app/settings/client-utils";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Delivery = WebhookDeliveryJson;
type Page = DeliveryPageJson;

const STATUS_TONE: Record<Delivery["status"], BadgeTone> = { pending: "info", delivered: "success", failed: "danger" };

export function WebhookDeliveries({ webhookId, active }: { webhookId: string; active: boolean }) {
  const queryKey = ["webhook-deliveries", webhookId];
  const query = useInfiniteQuery({
    queryKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => api<Page>(`/api/v1/webhooks/${webhookId}/deliveries?limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`),
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.items.some((d) => d.status === "pending")) ? 5_000 : false),
  });
  const deliveries = query.data?.pages.flatMap((p) => p.items) ?? [];

  if (query.isPending) return <Spinner size="sm" label="Loading deliveries" />;
  if (query.isError)
    return (
      <p role="alert" className="text-sm text-danger">
        {errorText(query.error)}
      </p>
    );
  if (deliveries.length === 0) {
    return <p className="text-sm text-muted">No deliveries yet. One is sent when a generation succeeds, fails or expires.</p>;
  }
  return (
    <div className="space-y-3">
      <Table aria-label="Delivery log">
        <TableHeader>
          <TableRow>
            <TableHead>Event</TableHead>
            <TableHead>Status</TableHead>
            <TableHead numeric>Attempts</TableHead>
            <TableHead numeric>Last code</TableHead>
            <TableHead>Time</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {deliveries.map((d) => (
            <DeliveryRow key={d.id} delivery={d} canResend={active} onResent={() => query.refetch()} />
          ))}
        </TableBody>
      </Table>
      {query.hasNextPage && (
        <Button variant="outline" size="sm" loading={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
          Load older deliveries
        </Button>
      )}
    </div>
  );
}

function DeliveryRow({ delivery: d, canResend, onResent }: { delivery: Delivery; canResend: boolean; onResent: () => void }) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function resend() {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/v1/webhooks/deliveries/${d.id}/resend`, { method: "POST" });
      await client.invalidateQueries({ queryKey: ["webhook-deliveries"] });
      onResent();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <TableRow>
      <TableCell className="font-mono text-xs">{d.event}</TableCell>
      <TableCell>
        <Badge tone={STATUS_TONE[d.status]} size="sm" dot>
          {d.status}
        </Badge>
        {d.lastError && d.status !== "delivered" && <div className="mt-1 max-w-xs text-xs text-muted">{d.lastError}</div>}
        {d.status === "pending" && d.nextAttemptAt && d.attempts > 0 && (
          <div className="text-xs text-muted">
            Next try <LocalTime iso={d.nextAttemptAt} />
          </div>
        )}
      </TableCell>
      <TableCell numeric>{d.attempts}</TableCell>
      <TableCell numeric>{d.lastStatusCode ?? "—"}</TableCell>
      <TableCell className="whitespace-nowrap">
        <LocalTime iso={d.deliveredAt ?? d.createdAt} />
      </TableCell>
      <TableCell className="text-right">
        {canResend && d.status !== "pending" && (
          <Button variant="ghost" size="sm" loading={busy} onClick={resend}>
            <RotateCw aria-hidden /> Resend
          </Button>
        )}
        {error && (
          <p role="alert" className="text-xs text-danger">
            {error}
          </p>
        )}
      </TableCell>
    </TableRow>
  );
}
