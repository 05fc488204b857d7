// A vocabulary of events stored as one comma-separated column (webhooks, notification channels):
// the type guard, and reading and writing the column in the vocabulary's own order.
export function storedEventList<E extends string>(all: readonly E[]) {
  const is = (value: unknown): value is E => typeof value === "string" && (all as readonly string[]).includes(value);
  return {
    is,
    /** Unknown names (an event since removed) are dropped. */
    parse: (column: string): E[] =>
      column
        .split(",")
        .map((e) => e.trim())
        .filter(is),
    format: (events: readonly E[]): string => all.filter((e) => events.includes(e)).join(","),
  };
}
