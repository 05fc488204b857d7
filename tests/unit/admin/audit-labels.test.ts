import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, AUDIT_CATEGORY_LABELS, AUDIT_TARGET_LABELS, auditActionLabel, auditDetails, auditTargetLabel } from "@/lib/rules/audit-labels";

const root = path.resolve(__dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every action and target type passed to recordAudit (or recordActorAudit) anywhere in the app, the worker or the CLI. */
function recorded(): { actions: Set<string>; targets: Set<string> } {
  const actions = new Set<string>();
  const targets = new Set<string>();
  for (const file of ["app", "lib", "scripts"].flatMap((d) => sources(path.join(root, d)))) {
    const code = readFileSync(file, "utf8");
    if (!/\brecord(Actor)?Audit\(/.test(code) || file.endsWith(path.join("audit", "record.ts"))) continue;
    for (const m of code.matchAll(/\baction:\s*"([^"]+)"/g)) actions.add(m[1]);
    // `action` computed first (e.g. renamed / archived / restored), then passed as a shorthand.
    for (const m of code.matchAll(/const action = ([^;]+);/g)) for (const literal of m[1].matchAll(/"([^"]+)"/g)) actions.add(literal[1]);
    for (const m of code.matchAll(/\btargetType:\s*"([^"]+)"/g)) targets.add(m[1]);
  }
  return { actions, targets };
}

describe("audit labels", () => {
  const { actions, targets } = recorded();

  it("finds the recorded actions in the code", () => {
    expect(actions.size).toBeGreaterThan(25);
    expect(actions).toContain("project.archived");
  });

  it("has a label for every action the code records, and none for actions it never records", () => {
    expect([...actions].filter((a) => !(a in AUDIT_ACTION_LABELS))).toEqual([]);
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((a) => !actions.has(a))).toEqual([]);
  });

  it("has a filter group for every action's prefix and a label for every target type", () => {
    expect([...actions].map((a) => a.split(".")[0]).filter((p) => !AUDIT_CATEGORY_LABELS[p])).toEqual([]);
    expect([...targets].filter((t) => !AUDIT_TARGET_LABELS[t])).toEqual([]);
  });

  it("labels are sentences without codes", () => {
    for (const label of [...Object.values(AUDIT_ACTION_LABELS), ...Object.values(AUDIT_CATEGORY_LABELS), ...Object.values(AUDIT_TARGET_LABELS)]) {
      expect(label).toMatch(/^[A-Z][^._]*$/);
    }
  });

  it("reads an unknown action (from a newer server) as words", () => {
    expect(auditActionLabel("project.created")).toBe("Project created");
    expect(auditActionLabel("project.moved_to_team")).toBe("Project moved to team");
    expect(auditTargetLabel("provider_key")).toBe("Provider key");
    expect(auditTargetLabel("render_farm")).toBe("Render farm");
  });
});

describe("auditDetails", () => {
  it("says what changed in words and leaves out ids", () => {
    expect(auditDetails({ from: "member", to: "admin" })).toBe("From: member · To: admin");
    expect(auditDetails({ shareId: "cm123", expiresAt: null })).toBe("Expires at: none");
    expect(auditDetails({ url: "https://hooks.example.com/x", events: ["generation.succeeded", "generation.failed"], includeCost: true })).toBe(
      "URL: https://hooks.example.com/x · Events: generation.succeeded, generation.failed · Include cost: yes",
    );
    expect(auditDetails({ model: "wan2.6-t2v", status: "succeeded", videoKey: "t/x.mp4" })).toBe("Model: wan2.6-t2v · Status: succeeded");
    expect(auditDetails(null)).toBe("");
  });
});
