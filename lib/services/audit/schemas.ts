import "server-only";
import { z } from "zod";
import { pageLimit } from "@/lib/contracts/page-query";

const dateParam = (field: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
      message: `${field} must be an ISO date such as 2026-01-31 or 2026-01-31T12:00:00Z.`,
    });

const filters = {
  action: z.string().trim().max(100, "action must be at most 100 characters.").optional(),
  actorId: z.string().trim().max(64, "actorId must be at most 64 characters.").optional(),
  from: dateParam("from").optional(),
  to: dateParam("to").optional(),
};

export const auditQuery = z
  .object({
    ...filters,
    cursor: z.string().max(64).optional(),
    limit: pageLimit(200),
  })
  .strict();

export const auditCsvQuery = z.object(filters).strict();

export type AuditFilters = { action?: string; actorId?: string; from?: string; to?: string };
export type AuditQuery = z.infer<typeof auditQuery>;
