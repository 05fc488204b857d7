// Building blocks of the response contracts. A schema describes the JSON a route answers; its
// z.output is what the service returns (dates as Date), its z.input what the browser receives
// (dates as ISO strings). Pure zod: client-safe.
import { z } from "zod";

/** A point in time: a Date in the service, an ISO 8601 string in the JSON. */
export const timestamp = z
  .codec(z.iso.datetime(), z.date(), { decode: (text) => new Date(text), encode: (date) => date.toISOString() })
  .meta({ format: "date-time" });

/** A point in time the service already writes as an ISO 8601 string. */
export const isoString = z.iso.datetime().meta({ format: "date-time" });

export const money = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: "Decimal string, never a float.", examples: ["0.415"] });

export const OkBody = z.strictObject({ ok: z.literal(true) }).meta({ id: "Ok" });

/** A page of a list, newest first: `nextCursor` is the last item's id when there are more. */
export const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

export const person = z.strictObject({ id: z.string(), name: z.string() });
export const personWithEmail = z.strictObject({ id: z.string(), name: z.string(), email: z.string() });

/** What a service returns for a schema (dates as Date). */
export type Data<S extends z.ZodType> = z.output<S>;
/** What the browser receives for a schema (dates as ISO strings). */
export type Json<S extends z.ZodType> = z.input<S>;
