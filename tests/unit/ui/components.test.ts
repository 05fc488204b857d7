import { describe, expect, it } from "vitest";
import { Button } from "@/components/ui/button";
import { Badge, BADGE_TONES, type BadgeTone } from "@/components/ui/badge";
import { Banner } from "@/components/ui/banner";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat } from "@/components/ui/stat";
import { PageHeader } from "@/components/ui/page-header";
import { h, html } from "./render";

/** Attribute value of the first element matching a tag, e.g. attr(markup, "textarea", "aria-describedby"). */
function attr(markup: string, tag: string, name: string): string | undefined {
  const element = markup.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? "";
  return element.match(new RegExp(`\\s${name}="([^"]*)"`, "i"))?.[1];
}

describe("<Button>", () => {
  it("defaults to type=button so it never submits a form by accident", () => {
    expect(attr(html(Button, {}, "Go"), "button", "type")).toBe("button");
    expect(attr(html(Button, { type: "submit" }, "Go"), "button", "type")).toBe("submit");
  });

  it("is disabled and busy while loading, with a spinner and the label kept for width", () => {
    const markup = html(Button, { loading: true }, "Generate");
    expect(markup).toMatch(/<button[^>]*disabled=""/);
    expect(attr(markup, "button", "aria-busy")).toBe("true");
    expect(markup).toContain("animate-spin");
    expect(markup).toContain("invisible");
    expect(markup).toContain("Generate");
  });

  it.each([
    ["primary", "bg-accent"],
    ["danger", "bg-danger-solid"],
    ["outline", "border-border-strong"],
    ["ghost", "hover:bg-surface-2"],
    ["secondary", "bg-surface-2"],
  ] as const)("variant %s uses %s", (variant, expected) => {
    expect(html(Button, { variant }, "x")).toContain(expected);
  });
});

describe("<Badge>", () => {
  it.each(Object.keys(BADGE_TONES).map((t) => [t as BadgeTone]))("tone %s applies its colors", (tone) => {
    const markup = html(Badge, { tone }, "Label");
    for (const cls of BADGE_TONES[tone].split(" ")) expect(markup).toContain(cls);
  });
});

describe("<Field>", () => {
  it("links label, hint and error to an Input", () => {
    const markup = html(Field, { label: "Seed", hint: "Any whole number", error: "Seed must be 0 or more", id: "seed", children: h(Input, {}) });
    expect(attr(markup, "label", "for")).toBe("seed");
    expect(attr(markup, "input", "id")).toBe("seed");
    expect(attr(markup, "input", "aria-describedby")).toBe("seed-error seed-hint");
    expect(attr(markup, "input", "aria-invalid")).toBe("true");
    expect(markup).toContain('id="seed-error"');
    expect(markup).toContain('id="seed-hint"');
  });

  it("generates an id when none is given and marks required inputs", () => {
    const markup = html(Field, { label: "Name", required: true, children: h(Input, {}) });
    const id = attr(markup, "input", "id");
    expect(id).toBeTruthy();
    expect(attr(markup, "label", "for")).toBe(id);
    expect(markup).toMatch(/<input[^>]*required=""/);
    expect(attr(markup, "input", "aria-invalid")).toBeUndefined();
  });

  it("hands the wiring to a render-prop control", () => {
    const markup = html(Field, { label: "Custom", hint: "h", id: "c", children: (control) => h("input", { ...control, type: "color" }) });
    expect(attr(markup, "input", "id")).toBe("c");
    expect(attr(markup, "input", "aria-describedby")).toBe("c-hint");
  });

  it("wires a Select trigger", () => {
    const options = [
      { value: "720P", label: "720P" },
      { value: "1080P", label: "1080P" },
    ];
    const markup = html(Field, { label: "Resolution", error: "Pick one", id: "res", children: h(Select, { options }) });
    expect(attr(markup, "button", "id")).toBe("res");
    expect(attr(markup, "button", "aria-invalid")).toBe("true");
    expect(attr(markup, "button", "aria-describedby")).toBe("res-error");
  });
});

describe("<Textarea> counter", () => {
  it("shows the count against the limit and links it", () => {
    const markup = html(Textarea, { defaultValue: "a".repeat(123), maxLength: 1500, id: "p" });
    expect(markup).toContain("123 / 1,500");
    const describedBy = attr(markup, "textarea", "aria-describedby") ?? "";
    expect(markup).toContain(`id="${describedBy}"`);
    expect(attr(markup, "textarea", "maxlength")).toBeUndefined();
    expect(markup).toContain("text-faint");
  });

  it.each([
    [1400, "text-warning", undefined],
    [1501, "text-danger", "true"],
  ])("at %i characters uses %s", (length, toneClass, invalid) => {
    const markup = html(Textarea, { value: "x".repeat(length), onChange: () => {}, maxLength: 1500 });
    expect(markup).toContain(toneClass);
    expect(attr(markup, "textarea", "aria-invalid")).toBe(invalid);
  });

  it("sets the native limit only when asked", () => {
    expect(attr(html(Textarea, { maxLength: 500, enforceMaxLength: true }), "textarea", "maxlength")).toBe("500");
  });

  it("keeps the Field's description and adds the counter's", () => {
    const markup = html(Field, { label: "Prompt", hint: "Describe the scene", id: "prompt", children: h(Textarea, { maxLength: 800 }) });
    const ids = (attr(markup, "textarea", "aria-describedby") ?? "").split(" ");
    expect(ids[0]).toBe("prompt-hint");
    expect(ids).toHaveLength(2);
  });
});

describe("other primitives", () => {
  it("Switch with a label renders a labelled switch", () => {
    const markup = html(Switch, { label: "Watermark", description: "Adds the provider mark", id: "wm" });
    expect(markup).toContain('role="switch"');
    expect(attr(markup, "label", "for")).toBe("wm");
    expect(attr(markup, "button", "aria-describedby")).toBe("wm-description");
  });

  it.each([
    ["danger", "alert"],
    ["warning", "status"],
    ["info", "status"],
  ] as const)("Banner %s has role %s", (tone, role) => {
    expect(attr(html(Banner, { tone }, "Simulator — no real videos are generated"), "div", "role")).toBe(role);
  });

  it("Avatar names the person for screen readers unless decorative", () => {
    const markup = html(Avatar, { name: "Ada Lovelace" });
    expect(markup).toContain('aria-label="Ada Lovelace"');
    expect(markup).toContain(">AL<");
    expect(html(Avatar, { name: "Ada Lovelace", decorative: true })).toContain('aria-hidden="true"');
  });

  it("EmptyState, Stat and PageHeader render their content", () => {
    expect(html(EmptyState, { title: "No videos yet", text: "Generate your first video", action: h("button", {}, "New") })).toMatch(
      /<h3[^>]*>No videos yet<\/h3>.*Generate your first video.*<button>New<\/button>/,
    );
    expect(html(Stat, { label: "Spent", value: "$12.40", hint: "80% of budget", tone: "warning" })).toMatch(/Spent.*\$12\.40.*text-warning[^>]*>80% of budget/);
    expect(html(PageHeader, { title: "Reports", description: "Costs by model", actions: h("button", {}, "Export") })).toMatch(
      /<h1[^>]*>Reports<\/h1>.*Costs by model.*Export/,
    );
  });
});
