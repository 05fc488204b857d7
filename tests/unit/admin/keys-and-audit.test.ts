import { describe, expect, it } from "vitest";
import { auditCsvRow, neutralizeFormula, toCsv } from "@/lib/services/audit/export";
import { encryptSecret, decryptSecret } from "@/lib/adapters/crypto/secret-box";
import { baseUrlProblem } from "@/lib/services/keys/base-url";
import { isLoopbackHost } from "@/lib/rules/net/policy";
import { saveKeyBody } from "@/lib/services/keys/schemas";

const OLD = "a".repeat(64);
const NEW = "b".repeat(64);

describe("custom base URL rules", () => {
  it.each([
    ["https://dashscope-intl.aliyuncs.com/api/v1", false, null],
    ["https://{region}.proxy.example.com/api/v1", false, null],
    ["http://proxy.example.com/api/v1", false, "must use https"],
    ["http://127.0.0.1:4010/{region}/api/v1", true, null],
    ["http://127.0.0.1:4010/api/v1", false, "must use https"],
    ["http://10.1.2.3/api/v1", true, "loopback"],
    ["https://user:pw@example.com/api/v1", false, "user name or password"],
    ["https://example.com/api/v1?x=1", false, "query string"],
    ["ftp://example.com/api/v1", false, "https://"],
    ["nonsense", false, "absolute URL"],
  ])("%s (allowPrivate %s)", (url, allowPrivate, problem) => {
    const result = baseUrlProblem(url, "singapore", allowPrivate);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });

  it("knows loopback hosts", () => {
    expect(["localhost", "127.0.0.1", "127.9.9.9", "[::1]", "app.localhost"].every(isLoopbackHost)).toBe(true);
    expect(["10.0.0.1", "example.com", "localhost.example.com"].some(isLoopbackHost)).toBe(false);
  });
});

describe("save-key body", () => {
  it("trims, refuses whitespace inside the key and unknown fields, drops empty optionals", () => {
    expect(saveKeyBody.parse({ region: "virginia", apiKey: "  sk-abcdefgh  ", workspaceId: "", baseUrl: "https://x.example.com/api/v1/" })).toEqual({
      region: "virginia",
      apiKey: "sk-abcdefgh",
      workspaceId: undefined,
      baseUrl: "https://x.example.com/api/v1",
    });
    expect(saveKeyBody.safeParse({ region: "virginia", apiKey: "sk-abc defgh" }).success).toBe(false);
    expect(saveKeyBody.safeParse({ region: "mars", apiKey: "sk-abcdefgh" }).success).toBe(false);
    expect(saveKeyBody.safeParse({ region: "virginia", apiKey: "sk-abcdefgh", key: "x" }).success).toBe(false);
  });
});

describe("secret box across a key rotation", () => {
  it("a value sealed with the old key opens only with it", () => {
    const box = encryptSecret("sk-secret", OLD);
    expect(decryptSecret(box, OLD)).toBe("sk-secret");
    expect(() => decryptSecret(box, NEW)).toThrow();
    expect(box).not.toContain("sk-secret");
  });
});

describe("audit CSV", () => {
  it("neutralizes cells that spreadsheets would run as formulas", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx"].map(neutralizeFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx"]);
    expect(neutralizeFormula("Ada")).toBe("Ada");
  });

  it("quotes commas, quotes and line breaks and ends records with CRLF", () => {
    const row = auditCsvRow({
      id: "e1",
      action: "team.renamed",
      actor: { id: "u1", name: 'Doe, "JD"', email: "jd@example.com" },
      targetType: "team",
      targetId: "t1",
      data: { to: "a\nb" },
      ip: null,
      createdAt: new Date("2026-01-02T03:04:05Z"),
    });
    expect(toCsv([row])).toBe(
      "time,action,actor_id,actor_email,actor_name,target_type,target_id,ip,data\r\n" +
        '2026-01-02T03:04:05.000Z,team.renamed,u1,jd@example.com,"Doe, ""JD""",team,t1,,"{""to"":""a\\nb""}"\r\n',
    );
  });
});
