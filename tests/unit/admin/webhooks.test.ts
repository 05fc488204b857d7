import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { afterFailure, retryDelayMs, RETRY_WINDOW_MS } from "@/lib/services/webhooks/backoff";
import { buildPayload } from "@/lib/services/webhooks/enqueue";
import { formatEvents, parseEvents } from "@/lib/rules/webhook-events";
import { deliveryHeaders, signPayload, verifySignature } from "@/lib/services/webhooks/signature";
import { webhookUrlProblem } from "@/lib/services/webhooks/url";

describe("retry schedule", () => {
  it("doubles from 30 s and caps at 1 h", () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30, 500].map((n) => retryDelayMs(n) / 60_000);
    expect(minutes).toEqual([0.5, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
  });

  it("retries inside the 24 h window, never past its end, then gives up", () => {
    const created = new Date("2026-01-01T00:00:00Z");
    const early = afterFailure(created, 1, new Date(created.getTime() + 1000));
    expect(early).toEqual({ status: "pending", nextAttemptAt: new Date(created.getTime() + 31_000) });
    const late = afterFailure(created, 20, new Date(created.getTime() + RETRY_WINDOW_MS - 60_000));
    expect(late).toEqual({ status: "pending", nextAttemptAt: new Date(created.getTime() + RETRY_WINDOW_MS) });
    expect(afterFailure(created, 21, new Date(created.getTime() + RETRY_WINDOW_MS))).toEqual({ status: "failed" });
  });
});

describe("signature", () => {
  const secret = "whsec_test";
  const body = '{"id":"d1","type":"generation.succeeded"}';

  it("is v1=hex HMAC-SHA256 of `${timestamp}.${body}`", () => {
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signPayload(secret, 1700000000, body)).toBe(`v1=${expected}`);
    const headers = deliveryHeaders({ secret, event: "generation.succeeded", deliveryId: "d1", body, timestamp: 1700000000 });
    expect(headers).toEqual({
      "content-type": "application/json",
      "Reelroom-Event": "generation.succeeded",
      "Reelroom-Delivery": "d1",
      "Reelroom-Timestamp": "1700000000",
      "Reelroom-Signature": `v1=${expected}`,
    });
  });

  it("verifies, and refuses a changed body, another secret or a stale timestamp", () => {
    const now = 1700000000;
    const signature = signPayload(secret, now, body);
    expect(verifySignature({ secret, body, timestamp: String(now), signature, nowSeconds: now + 10 })).toBe(true);
    expect(verifySignature({ secret, body: body.replace("d1", "d2"), timestamp: String(now), signature, nowSeconds: now })).toBe(false);
    expect(verifySignature({ secret: "whsec_other", body, timestamp: String(now), signature, nowSeconds: now })).toBe(false);
    expect(verifySignature({ secret, body, timestamp: String(now), signature, nowSeconds: now + 301 })).toBe(false);
    expect(verifySignature({ secret, body, timestamp: null, signature, nowSeconds: now })).toBe(false);
  });
});

describe("payload", () => {
  const resource = { id: "g1", status: "succeeded", estimate: { amount: "1" }, actual: { amount: "1" }, costMismatch: false, video: { bytes: 10n } };

  it("carries the event id, type, time and the resource", () => {
    const payload = JSON.parse(
      buildPayload({ deliveryId: "d1", event: "generation.succeeded", createdAt: new Date("2026-01-01T00:00:00Z"), resource, includeCost: true }),
    );
    expect(payload).toEqual({
      id: "d1",
      type: "generation.succeeded",
      createdAt: "2026-01-01T00:00:00.000Z",
      data: { generation: { ...resource, video: { bytes: "10" } } },
    });
  });

  it("leaves out cost fields when includeCost is false, without touching the caller's object", () => {
    const payload = JSON.parse(buildPayload({ deliveryId: "d1", event: "generation.failed", createdAt: new Date(), resource, includeCost: false }));
    expect(Object.keys(payload.data.generation).sort()).toEqual(["id", "status", "video"]);
    expect(resource.estimate).toBeTruthy();
  });
});

describe("events column", () => {
  it("round-trips in a stable order and drops unknown names", () => {
    expect(formatEvents(["generation.expired", "generation.succeeded"])).toBe("generation.succeeded,generation.expired");
    expect(parseEvents("generation.failed, bogus,generation.expired")).toEqual(["generation.failed", "generation.expired"]);
  });
});

describe("webhook URL rules", () => {
  it.each([
    ["https://hooks.example.com/reelroom", false, null],
    ["http://hooks.example.com/reelroom", false, "The webhook URL must use https."],
    ["http://10.0.0.1/hook", false, "url points to a private or local network address (10.0.0.1), which is not allowed."],
    ["https://192.168.1.5/hook", false, "private"],
    ["https://[fd00::1]/hook", false, "private"],
    ["http://127.0.0.1:8080/hook", true, null],
    ["http://localhost:8080/hook", true, null],
    ["http://10.0.0.1/hook", true, "loopback"],
    ["https://10.0.0.1/hook", true, null],
    ["ftp://example.com/x", false, "https://"],
    ["example.com/hook", false, "absolute URL"],
    ["https://example.com/hook#frag", false, "fragment"],
  ])("%s (allowPrivate %s)", (url, allowPrivate, problem) => {
    const result = webhookUrlProblem(url, allowPrivate);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});
