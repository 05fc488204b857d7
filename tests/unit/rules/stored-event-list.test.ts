// Event lists stored as one comma-separated column: read leniently, written in the vocabulary's order.
import { describe, expect, it } from "vitest";
import { NOTIFICATION_EVENTS, formatNotificationEvents, parseNotificationEvents } from "@/lib/rules/notification-events";
import { WEBHOOK_EVENTS, formatEvents, isWebhookEvent, parseEvents } from "@/lib/rules/webhook-events";

describe.each([
  ["webhook", WEBHOOK_EVENTS, parseEvents, formatEvents],
  ["notification", NOTIFICATION_EVENTS, parseNotificationEvents, formatNotificationEvents],
] as const)("%s events", (_name, all, parse, format) => {
  it("round-trips every event, in the vocabulary's order whatever order they were given in", () => {
    const reversed = [...all].reverse();
    expect(format(reversed as never)).toBe(all.join(","));
    expect(parse(format(reversed as never))).toEqual([...all]);
  });

  it("drops unknown names and spaces when reading", () => {
    expect(parse(` ${all[0]} , gone.event,,${all[1]}`)).toEqual([all[0], all[1]]);
    expect(parse("")).toEqual([]);
  });
});

it("knows its own events only", () => {
  expect(isWebhookEvent("generation.succeeded")).toBe(true);
  expect(isWebhookEvent("budget.warning")).toBe(false);
  expect(isWebhookEvent(42)).toBe(false);
});
