import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "@/lib/adapters/crypto/secret-box";
import { createDb } from "@/lib/adapters/db/client";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { Client, uniqueEmail } from "@/tests/support/client";
import { DB_KINDS, freePort, startApp, type TestApp } from "@/tests/support/app";
import { join } from "@/tests/integration/admin/helpers";

const run = promisify(execFile);
const SINGAPORE_KEY = `sk-singapore-${randomBytes(12).toString("hex")}`;

describe("provider keys (SQLite file, simulator as DashScope)", () => {
  let sim: RunningSimulator;
  let app: TestApp;
  let owner: Client;
  beforeAll(async () => {
    sim = await startSimulator();
    app = await startApp("sqlite", { DASHSCOPE_BASE_URL: sim.baseUrlTemplate });
    owner = new Client(app.url);
    await owner.signUp("Key Owner", uniqueEmail("keys"));
  });
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("saves a valid key encrypted: never returned, never in the database file", async () => {
    const saved = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "singapore", apiKey: SINGAPORE_KEY, workspaceId: "ws-123" } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.key).toMatchObject({ region: "singapore", last4: SINGAPORE_KEY.slice(-4), workspaceId: "ws-123", baseUrl: null });
    expect(saved.body.key.validatedAt).toBeTruthy();
    expect(JSON.stringify(saved.body)).not.toContain(SINGAPORE_KEY);

    const listed = await owner.json("/api/v1/keys");
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(SINGAPORE_KEY);
    expect(listed.body.keys).toHaveLength(1);
    expect(listed.body.regions).toEqual([
      { region: "singapore", uses: "team", fallback: "simulator" },
      { region: "virginia", uses: "simulator", fallback: "simulator" },
      { region: "beijing", uses: "simulator", fallback: "simulator" },
    ]);

    const file = app.databaseUrl.replace(/^file:/, "");
    for (const part of [file, `${file}-wal`, `${file}-journal`]) {
      if (existsSync(part)) expect(readFileSync(part).includes(Buffer.from(SINGAPORE_KEY)), part).toBe(false);
    }
    const db = createDb(app.databaseUrl);
    const row = await db.providerCredential.findFirstOrThrow({ where: { region: "singapore" } });
    const audit = await db.auditEvent.findMany({ where: { action: { startsWith: "key." } } });
    await db.$disconnect();
    expect(decryptSecret(row.keyCiphertext, app.env.SECRET_KEY)).toBe(SINGAPORE_KEY);
    expect(audit.map((a) => a.action)).toContain("key.saved");
    expect(JSON.stringify(audit)).not.toContain(SINGAPORE_KEY);
  });

  it("explains a key of another region", async () => {
    const res = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "singapore", apiKey: "sk-beijing-0123456789abcdef" } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe("This key belongs to beijing, not singapore: choose beijing or paste a singapore key.");
    expect(res.body.error.issues[0].path).toBe("region");
  });

  it("refuses a key DashScope rejects with 422, and keeps the saved one", async () => {
    const res = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "singapore", apiKey: "sk-bad-0123456789abcdef" } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.issues[0].path).toBe("apiKey");
    expect(res.body.error.message).toMatch(/rejected this key for singapore/);
    expect((await owner.json("/api/v1/keys")).body.keys[0].last4).toBe(SINGAPORE_KEY.slice(-4));
  });

  it("answers 503 with a clear message when the provider is down or unreachable", async () => {
    sim.configure({ failNextPoll: { status: 503, code: "ServiceUnavailable", message: "raw upstream text" } });
    const down = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "virginia", apiKey: "sk-virginia-0123456789" } });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe("provider_unavailable");
    expect(down.body.error.message).toMatch(/nothing was saved/);
    expect(JSON.stringify(down.body)).not.toContain("raw upstream text");

    const closed = await freePort();
    const unreachable = await owner.json("/api/v1/keys", {
      method: "PUT",
      body: { region: "virginia", apiKey: "sk-virginia-0123456789", baseUrl: `http://127.0.0.1:${closed}/api/v1` },
    });
    expect(unreachable.status).toBe(503);
    expect(unreachable.body.error.message).not.toMatch(/ECONNREFUSED|at \w+ \(/);
    expect((await owner.json("/api/v1/keys")).body.keys.map((k: { region: string }) => k.region)).toEqual(["singapore"]);
  });

  it("validates the optional base URL", async () => {
    for (const baseUrl of ["ftp://example.com/api/v1", "http://example.com/api/v1", "not a url", "https://user:pw@example.com/api/v1"]) {
      const res = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "beijing", apiKey: "sk-beijing-0123456789", baseUrl } });
      expect(res.status, baseUrl).toBe(422);
      expect(res.body.error.issues[0].path).toBe("baseUrl");
    }
    const custom = await owner.json("/api/v1/keys", {
      method: "PUT",
      body: { region: "beijing", apiKey: "sk-beijing-0123456789", baseUrl: `${sim.url}/beijing/api/v1/` },
    });
    expect(custom.status, JSON.stringify(custom.body)).toBe(200);
    expect(custom.body.key.baseUrl).toBe(`${sim.url}/beijing/api/v1`);
  });

  it("audits a replaced key with what it replaced, never the key itself", async () => {
    const replacement = "sk-beijing-9876543210";
    const saved = await owner.json("/api/v1/keys", { method: "PUT", body: { region: "beijing", apiKey: replacement, workspaceId: "ws-9" } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const entries = (await owner.json("/api/v1/audit?action=key.saved")).body.items;
    const latest = entries.find((e: { targetId: string }) => e.targetId === "beijing");
    expect(latest.data).toMatchObject({
      region: "beijing",
      replaced: true,
      last4: "3210",
      workspaceId: "ws-9",
      customBaseUrl: false,
      previous: { last4: "6789", workspaceId: null, customBaseUrl: true },
    });
    expect(entries.find((e: { targetId: string }) => e.targetId === "singapore").data.previous).toBeNull();
    expect(JSON.stringify(entries)).not.toContain(replacement);
    expect(JSON.stringify(entries)).not.toContain("sk-beijing-0123456789");
  });

  it("deletes a key; only admins and owners manage keys", async () => {
    const member = await join(app, owner, "member");
    expect((await member.json("/api/v1/keys")).status).toBe(403);
    expect((await member.json("/api/v1/keys/beijing", { method: "DELETE" })).status).toBe(403);
    expect((await owner.json("/api/v1/keys/beijing", { method: "DELETE" })).status).toBe(200);
    expect((await owner.json("/api/v1/keys/beijing", { method: "DELETE" })).status).toBe(404);
    expect((await owner.json("/api/v1/keys/mars", { method: "DELETE" })).status).toBe(422);
    const regions = (await owner.json("/api/v1/keys")).body.regions;
    expect(regions.find((r: { region: string }) => r.region === "beijing").uses).toBe("simulator");
    const audit = (await owner.json("/api/v1/audit?action=key.deleted")).body.items;
    expect(audit[0]).toMatchObject({ action: "key.deleted", targetId: "beijing" });
  });
});

describe.each(DB_KINDS)("keys:rotate on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  beforeAll(async () => {
    sim = await startSimulator();
    app = await startApp(kind, { DASHSCOPE_BASE_URL: sim.baseUrlTemplate });
  });
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("re-encrypts provider keys, webhook secrets, Slack webhook URLs and queued notifications with the new SECRET_KEY, idempotently", async () => {
    const owner = new Client(app.url);
    await owner.signUp("Rotator", uniqueEmail("rotate"));
    const apiKey = `sk-virginia-${randomBytes(8).toString("hex")}`;
    expect((await owner.json("/api/v1/keys", { method: "PUT", body: { region: "virginia", apiKey } })).status).toBe(200);
    const hook = await owner.json("/api/v1/webhooks", { body: { url: "http://127.0.0.1:9/hook" } });
    expect(hook.status).toBe(201);
    const slackUrl = `http://127.0.0.1:9/services/${randomBytes(8).toString("hex")}`;
    const slack = await owner.json("/api/v1/teams/current/notifications", { method: "PUT", body: { slackWebhookUrl: slackUrl } });
    expect(slack.status).toBe(200);

    const oldKey = app.env.SECRET_KEY;
    const newKey = randomBytes(32).toString("hex");
    const message = JSON.stringify({ subject: "Queued", text: "An invitation link" });
    const seed = createDb(app.databaseUrl);
    const queued = await seed.notificationOutbox.create({
      data: {
        channel: "email",
        event: "invitation",
        dedupeKey: "rotate:invitation",
        recipient: "x@example.com",
        messageBox: encryptSecret(message, oldKey),
        status: "pending",
      },
    });
    await seed.$disconnect();
    const cli = (env: Record<string, string>) =>
      run("npx", ["tsx", "--conditions=react-server", path.join("scripts", "cli.ts"), "keys:rotate"], {
        env: { ...process.env, DATA_DIR: app.dataDir, DATABASE_URL: app.databaseUrl, ...env },
        timeout: 60_000,
      });
    const first = await cli({ SECRET_KEY: newKey, SECRET_KEY_PREVIOUS: oldKey });
    expect(first.stdout).toContain("Provider keys: 1 re-encrypted, 0 already on the new key, 0 unreadable.");
    expect(first.stdout).toContain("Webhook secrets: 1 re-encrypted, 0 already on the new key, 0 unreadable.");
    expect(first.stdout).toContain("Slack webhooks: 1 re-encrypted, 0 already on the new key, 0 unreadable.");
    expect(first.stdout).toContain("Notification messages: 1 re-encrypted, 0 already on the new key, 0 unreadable.");

    const db = createDb(app.databaseUrl);
    const credential = await db.providerCredential.findFirstOrThrow({ where: { region: "virginia" } });
    const webhook = await db.webhook.findUniqueOrThrow({ where: { id: hook.body.webhook.id } });
    const rotated = await db.auditEvent.findFirst({ where: { action: "keys.rotated" } });
    const channel = await db.teamNotificationChannel.findFirstOrThrow({ where: { slackUrlHint: "http://127.0.0.1:9" } });
    const outbox = await db.notificationOutbox.findUniqueOrThrow({ where: { id: queued.id } });
    await db.$disconnect();
    expect(decryptSecret(channel.slackUrlBox, newKey)).toBe(slackUrl);
    expect(decryptSecret(outbox.messageBox, newKey)).toBe(message);
    expect(decryptSecret(credential.keyCiphertext, newKey)).toBe(apiKey);
    expect(decryptSecret(webhook.secretCiphertext, newKey)).toBe(hook.body.secret);
    expect(() => decryptSecret(credential.keyCiphertext, oldKey)).toThrow();
    expect(rotated).toBeTruthy();

    const again = await cli({ SECRET_KEY: newKey, SECRET_KEY_PREVIOUS: oldKey });
    expect(again.stdout).toContain("Provider keys: 0 re-encrypted, 1 already on the new key, 0 unreadable.");

    const missing = await cli({ SECRET_KEY: newKey, SECRET_KEY_PREVIOUS: "" }).catch((e: { code: number; stderr: string }) => e);
    expect((missing as { code: number }).code).toBe(1);
    expect((missing as { stderr: string }).stderr).toMatch(/SECRET_KEY_PREVIOUS/);
  });
});
