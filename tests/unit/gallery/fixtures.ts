import type { GenerationJson as GenerationItem, GenerationPageJson as ListPage } from "@/lib/contracts/generation";

let n = 0;

/** A generation as the API returns it; override what a test cares about. */
export function generation(overrides: Partial<GenerationItem> = {}): GenerationItem {
  n += 1;
  return {
    id: `g${String(n).padStart(3, "0")}`,
    projectId: "p1",
    creator: { id: "u1", name: "Ada" },
    mode: "t2v",
    model: "wan2.6-t2v",
    region: "singapore",
    prompt: "A paper boat on a rainy street",
    request: { projectId: "p1", model: "wan2.6-t2v", region: "singapore", prompt: "A paper boat on a rainy street", size: "1280*720", duration: 5 },
    parameters: { size: "1280*720", duration: 5, audio: true, shotType: "single", promptExtend: true, watermark: false },
    warnings: [],
    status: "succeeded",
    archiving: false,
    keySource: "simulator",
    providerTaskId: "task-1",
    providerRequestId: "req-1",
    error: null,
    estimate: {
      inputVideoSeconds: 0,
      outputSeconds: 5,
      billedSeconds: 5,
      billedMs: 5000,
      unitPrice: "0.1",
      unitPriceMicros: "100000",
      currency: "USD",
      amount: "0.5",
      amountMicros: "500000",
      priceKnown: true,
      priceSource: "official",
      references: [],
    },
    actual: null,
    costMismatch: false,
    video: null,
    posterUrl: null,
    approval: null,
    review: null,
    tags: [],
    favourite: false,
    queuePosition: null,
    estimatedStartAt: null,
    createdAt: "2026-11-20T10:00:00.000Z",
    submittedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

export function pagesOf(...pages: [GenerationItem[], string | null][]): { pages: ListPage[]; pageParams: unknown[] } {
  return { pages: pages.map(([items, nextCursor]) => ({ items, nextCursor })), pageParams: pages.map((_, i) => (i === 0 ? null : `c${i}`)) };
}
