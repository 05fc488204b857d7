import { describe, expect, it } from "vitest";
import { joinIds, mergeFieldAria, mergeFieldProps, type FieldControlProps } from "@/components/ui/field-context";

const field: FieldControlProps = {
  id: "f-prompt",
  "aria-describedby": "f-prompt-error f-prompt-hint",
  "aria-invalid": true,
  required: true,
};

describe("joinIds", () => {
  it("skips empty parts and returns undefined when nothing is left", () => {
    expect(joinIds("a", undefined, "", null, false, "b")).toBe("a b");
    expect(joinIds(undefined, "")).toBeUndefined();
  });
});

describe("mergeFieldProps", () => {
  it("returns the props unchanged outside a Field", () => {
    const props = { id: "x", placeholder: "p" };
    expect(mergeFieldProps(null, props)).toBe(props);
  });

  it("fills id, description, invalid and required from the Field", () => {
    const props: { placeholder: string; id?: string } = { placeholder: "Describe the scene" };
    expect(mergeFieldProps(field, props)).toEqual({
      placeholder: "Describe the scene",
      id: "f-prompt",
      "aria-describedby": "f-prompt-error f-prompt-hint",
      "aria-invalid": true,
      required: true,
      disabled: undefined,
    });
  });

  it("lets explicit props win but keeps both description sources", () => {
    const merged = mergeFieldProps(field, { id: "own", "aria-describedby": "extra", "aria-invalid": false, required: false });
    expect(merged.id).toBe("own");
    expect(merged["aria-describedby"]).toBe("f-prompt-error f-prompt-hint extra");
    expect(merged["aria-invalid"]).toBe(false);
    expect(merged.required).toBe(false);
  });
});

describe("mergeFieldAria", () => {
  it("does not add required or disabled (for non-form elements such as a select trigger)", () => {
    const merged = mergeFieldAria(field, {});
    expect(merged).toEqual({ id: "f-prompt", "aria-describedby": "f-prompt-error f-prompt-hint", "aria-invalid": true });
    expect("required" in merged).toBe(false);
  });
});
