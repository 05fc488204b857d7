// One-off backfill: posters for archived videos that have none (made before posters existed, or
// whose poster failed). Idempotent: a row gets its key only while it still has none.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { makePoster } from "@/lib/services/generations/poster";
import { STATUS } from "@/lib/rules/generation-status";

export interface BackfillCounts {
  scanned: number;
  made: number;
  failed: number;
}

const BATCH = 100;

export async function backfillPosters(opts: { onProgress?: (counts: BackfillCounts) => void } = {}): Promise<BackfillCounts> {
  const counts: BackfillCounts = { scanned: 0, made: 0, failed: 0 };
  let after = "";
  for (;;) {
    const rows = await db().generation.findMany({
      where: { status: STATUS.succeeded, videoKey: { not: null }, posterKey: null, id: { gt: after } },
      select: { id: true, teamId: true, videoKey: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return counts;
    for (const row of rows) {
      counts.scanned++;
      const posterKey = await makePoster({ id: row.id, teamId: row.teamId, videoKey: row.videoKey! });
      const { count } = posterKey
        ? await db().generation.updateMany({ where: { id: row.id, videoKey: row.videoKey, posterKey: null }, data: { posterKey } })
        : { count: 0 };
      if (count) counts.made++;
      else counts.failed++;
    }
    after = rows[rows.length - 1].id;
    opts.onProgress?.(counts);
  }
}
