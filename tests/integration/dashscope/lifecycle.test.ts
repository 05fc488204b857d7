// The client against the simulator over real HTTP: create → poll → SUCCEEDED / FAILED / UNKNOWN.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { clientFor, pollUntilDone, sleep, t2v } from "@/tests/integration/dashscope/helpers";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ pendingMs: 60, runningMs: 120 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

describe("successful tasks", () => {
  it("wan2.6-t2v: PENDING → RUNNING → SUCCEEDED with v26 usage and an expiring URL", async () => {
    sim.configure({ pendingMs: 400, runningMs: 400 });
    const client = clientFor(sim, "virginia");
    const created = await client.createTask(t2v("wan2.6-t2v", "A fox detective", { size: "1280*720", duration: 10 }));
    expect(created.taskStatus).toBe("PENDING");
    expect(created.requestId).not.toBe("");
    expect((await client.getTask(created.taskId)).status).toBe("PENDING");
    await sleep(500);
    expect((await client.getTask(created.taskId)).status).toBe("RUNNING");
    const done = await pollUntilDone(client, created.taskId);
    expect(done).toMatchObject({ taskId: created.taskId, status: "SUCCEEDED", origPrompt: "A fox detective" });
    expect(done.usage).toEqual({
      shape: "v26",
      billedSeconds: 10,
      inputVideoSeconds: 0,
      outputSeconds: 10,
      sr: 720,
      size: "1280*720",
      videoCount: 1,
      audio: undefined,
    });
    expect(done.videoUrl).toMatch(new RegExp(`^${sim.url}/results/${created.taskId}\\.mp4\\?Expires=\\d+$`));
    expect(done.submitTime).toBeInstanceOf(Date);
    expect(done.endTime!.getTime()).toBeGreaterThanOrEqual(done.submitTime!.getTime());
  });

  it("wan2.5-t2v-preview reports the v25 usage shape", async () => {
    const client = clientFor(sim, "singapore");
    const created = await client.createTask(t2v("wan2.5-t2v-preview", "Street musician", { size: "832*480", duration: 10 }));
    const done = await pollUntilDone(client, created.taskId);
    expect(done.usage).toMatchObject({ shape: "v25", billedSeconds: 10, outputSeconds: 10, size: "832*480", sr: 480, videoCount: 1 });
  });

  it("SR arrives as a string when configured and still parses", async () => {
    sim.configure({ srAsString: true });
    const client = clientFor(sim, "beijing");
    const created = await client.createTask(t2v("wan2.6-t2v", "Harbor at dawn", { size: "1920*1080", duration: 3 }));
    const done = await pollUntilDone(client, created.taskId);
    expect(done.usage).toMatchObject({ shape: "v26", sr: 1080, billedSeconds: 3 });
  });

  it("wan2.6-r2v-flash bills input video truncated by the number of references", async () => {
    const client = clientFor(sim, "singapore");
    const created = await client.createTask({
      model: "wan2.6-r2v-flash",
      input: {
        prompt: "character1 dances with character2 holding character3",
        reference_urls: [sim.mediaUrl("person.mp4"), sim.mediaUrl("dancer.mp4"), sim.mediaUrl("product.png")],
      },
      parameters: { size: "1280*720", duration: 5, audio: false, shot_type: "multi" },
    });
    const done = await pollUntilDone(client, created.taskId);
    // 3 references → 1.65 s per video: min(4.2, 1.65) + min(8, 1.65) = 3.3; the image is free.
    expect(done.usage).toMatchObject({ shape: "v26", inputVideoSeconds: 3.3, outputSeconds: 5, billedSeconds: 8.3, audio: false, sr: 720 });
  });

  it("wan2.7-r2v (media array) reports v26 usage with the ratio-derived size", async () => {
    const client = clientFor(sim, "beijing");
    const created = await client.createTask({
      model: "wan2.7-r2v",
      input: {
        prompt: "Video 1 waves at Image 1",
        media: [
          { type: "reference_video", url: sim.mediaUrl("person.mp4") },
          { type: "reference_image", url: sim.mediaUrl("background.jpg") },
        ],
      },
      parameters: { resolution: "720P", ratio: "9:16", duration: 8 },
    });
    const done = await pollUntilDone(client, created.taskId);
    expect(done.usage).toMatchObject({ shape: "v26", inputVideoSeconds: 2.5, outputSeconds: 8, billedSeconds: 10.5, size: "720*1280", sr: 720, audio: true });
  });
});

describe("failed, unknown and expired tasks", () => {
  it("a configured task failure reads FAILED with code and message on HTTP 200", async () => {
    sim.configure({ failTasks: { code: "DataInspectionFailed", message: "Input data may contain inappropriate content." } });
    const client = clientFor(sim);
    const created = await client.createTask(t2v());
    const done = await pollUntilDone(client, created.taskId);
    expect(done).toMatchObject({ status: "FAILED", code: "DataInspectionFailed", message: "Input data may contain inappropriate content." });
    expect(done.usage).toBeUndefined();
    expect(done.videoUrl).toBeUndefined();
  });

  it("the [sim:fail=CODE] prompt marker fails that task only", async () => {
    const client = clientFor(sim);
    const failing = await client.createTask(t2v("wan2.6-t2v", "a dog [sim:fail=IPInfringementSuspect]"));
    const fine = await client.createTask(t2v());
    expect(await pollUntilDone(client, failing.taskId)).toMatchObject({ status: "FAILED", code: "IPInfringementSuspect" });
    expect((await pollUntilDone(client, fine.taskId)).status).toBe("SUCCEEDED");
  });

  it("an unknown task id reads UNKNOWN", async () => {
    const result = await clientFor(sim).getTask("00000000-0000-4000-8000-000000000000");
    expect(result).toMatchObject({ status: "UNKNOWN", taskId: "00000000-0000-4000-8000-000000000000" });
  });

  it("a task from another region reads UNKNOWN there", async () => {
    const created = await clientFor(sim, "singapore").createTask(t2v());
    expect((await clientFor(sim, "beijing").getTask(created.taskId)).status).toBe("UNKNOWN");
  });

  it("a task older than taskTtlMs reads UNKNOWN", async () => {
    sim.configure({ taskTtlMs: 400 });
    const client = clientFor(sim);
    const created = await client.createTask(t2v());
    expect((await pollUntilDone(client, created.taskId)).status).toBe("SUCCEEDED");
    await sleep(450);
    expect((await client.getTask(created.taskId)).status).toBe("UNKNOWN");
  });

  it("the result URL serves video/mp4 with Range and HEAD, then 403 after resultTtlMs", async () => {
    sim.configure({ resultTtlMs: 500 });
    const client = clientFor(sim);
    const done = await pollUntilDone(client, (await client.createTask(t2v())).taskId);
    const url = done.videoUrl!;
    const full = await fetch(url);
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("video/mp4");
    const bytes = new Uint8Array(await full.arrayBuffer());
    expect(Number(full.headers.get("content-length"))).toBe(bytes.length);
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe("ftyp");

    const ranged = await fetch(url, { headers: { Range: "bytes=0-99" } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toBe(`bytes 0-99/${bytes.length}`);
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);

    const head = await fetch(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(bytes.length));

    await sleep(550);
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain("AccessDenied");
  });
});

describe("listTasks and stats", () => {
  it("lists this region's tasks in the window, filtered by model, with a total", async () => {
    const client = clientFor(sim, "singapore");
    const a = await client.createTask(t2v("wan2.6-t2v"));
    const b = await client.createTask(t2v("wan2.5-t2v-preview", "x", { size: "1280*720" }));
    await clientFor(sim, "beijing").createTask(t2v("wan2.6-t2v"));
    const window = { startTime: new Date(Date.now() - 60_000), endTime: new Date(Date.now() + 60_000) };
    const all = await client.listTasks(window);
    expect(all.total).toBe(2);
    expect(all.tasks.map((t) => t.taskId).sort()).toEqual([a.taskId, b.taskId].sort());
    expect(all.tasks[0].submitTime).toBeInstanceOf(Date);
    const onlyT2v = await client.listTasks({ ...window, modelName: "wan2.6-t2v" });
    expect(onlyT2v.tasks).toEqual([expect.objectContaining({ taskId: a.taskId, modelName: "wan2.6-t2v", status: "PENDING" })]);
    const past = await client.listTasks({ startTime: new Date(Date.now() - 120_000), endTime: new Date(Date.now() - 60_000) });
    expect(past.total).toBe(0);
    const paged = await client.listTasks({ ...window, pageSize: 1, pageNo: 2 });
    expect(paged.tasks).toHaveLength(1);
    expect(paged.total).toBe(2);
  });

  it("counts creates per model, key and region, and polls per task", async () => {
    const sg = clientFor(sim, "singapore", "sk-alpha-key-0001");
    const va = clientFor(sim, "virginia", "sk-virginia-key-02");
    const one = await sg.createTask(t2v());
    await sg.createTask(t2v("wan2.2-t2v-plus", "y", { size: "832*480" }));
    await va.createTask(t2v());
    await sg.getTask(one.taskId);
    await sg.getTask(one.taskId);
    const stats = sim.stats();
    expect(stats.totalCreates).toBe(3);
    expect(stats.createsByModel).toEqual({ "wan2.6-t2v": 2, "wan2.2-t2v-plus": 1 });
    expect(stats.createsByRegion).toEqual({ singapore: 2, virginia: 1 });
    expect(stats.createsByKey).toEqual({ "sk-alp…0001": 2, "sk-vir…y-02": 1 });
    expect(stats.polls[one.taskId]).toBe(2);
    expect(stats.tasks).toHaveLength(3);
    expect(stats.tasks.find((t) => t.taskId === one.taskId)).toMatchObject({ prompt: "A kitten running in the moonlight", model: "wan2.6-t2v" });
    expect(JSON.stringify(stats)).not.toContain("sk-alpha-key-0001");
  });
});
