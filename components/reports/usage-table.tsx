import { TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { count, money, seconds } from "@/components/reports/format";
import type { UsageRow } from "@/lib/contracts/usage";

/** One breakdown: a row per key and currency. */
export function UsageTable({ rows, keyLabel, caption }: { rows: UsageRow[]; keyLabel: string; caption: string }) {
  return (
    <Table aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHead>{keyLabel}</TableHead>
          <TableHead numeric>Generations</TableHead>
          <TableHead numeric>Succeeded</TableHead>
          <TableHead numeric>Failed</TableHead>
          <TableHead numeric>Billed</TableHead>
          <TableHead numeric>Estimated</TableHead>
          <TableHead numeric>Actual</TableHead>
          <TableHead numeric>In flight</TableHead>
          <TableHead numeric>Mismatches</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={`${r.key}|${r.currency}`}>
            <TableCell className="max-w-64">
              <span className="block truncate font-medium" title={r.label}>
                {r.label}
              </span>
              <span className="text-xs text-muted">{r.currency}</span>
            </TableCell>
            <TableCell numeric>{count(r.generations)}</TableCell>
            <TableCell numeric>{count(r.succeeded)}</TableCell>
            <TableCell numeric className={r.failed ? "text-danger" : "text-muted"}>
              {count(r.failed)}
            </TableCell>
            <TableCell numeric>
              {seconds(r.billedSeconds)}
              {r.unpricedBilledSeconds ? <span className="block text-xs text-warning">{seconds(r.unpricedBilledSeconds)} without a price</span> : null}
            </TableCell>
            <TableCell numeric className="text-muted">
              {money(r.estimatedAmount, r.currency)}
            </TableCell>
            <TableCell numeric className="font-medium">
              {money(r.actualAmount, r.currency)}
              {r.videoLost ? (
                <span className="block text-xs font-normal text-warning">incl. {money(r.videoLostAmount, r.currency)} billed, video lost</span>
              ) : null}
            </TableCell>
            <TableCell numeric className="text-muted">
              {r.inFlight ? money(r.inFlightAmount, r.currency) : "—"}
            </TableCell>
            <TableCell numeric>
              {r.mismatches ? (
                <Badge tone="warning" size="sm">
                  <TriangleAlert aria-hidden className="size-3" />
                  {count(r.mismatches)}
                </Badge>
              ) : (
                <span className="text-muted">0</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
