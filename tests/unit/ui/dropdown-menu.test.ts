import { describe, expect, it } from "vitest";
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuItem, DropdownMenuRadioGroup, DropdownMenuRadioItem } from "@/components/ui/dropdown-menu";
import { h, html } from "./render";

/** An open menu rendered in place (the kit's content portals, which renders nothing on a server). */
function openMenu(...items: ReturnType<typeof h>[]): string {
  return html(DropdownMenu, { open: true, modal: false }, h(MenuPrimitive.Content, { forceMount: true }, ...items));
}

describe("<DropdownMenuItem asChild>", () => {
  it("renders the child link as the item, with the icon and label inside it", () => {
    const markup = openMenu(
      h(DropdownMenuItem, { asChild: true, icon: h("svg", { "data-icon": "download" }) }, h("a", { href: "/api/v1/usage.csv", download: true }, "project")),
    );
    const link = markup.match(/<a\b[^>]*>.*?<\/a>/)?.[0] ?? "";
    expect(link).toMatch(/role="menuitem"/);
    expect(link).toContain('href="/api/v1/usage.csv"');
    expect(link).toContain("data-icon");
    expect(link).toContain(">project</span>");
  });

  it.each([
    ["checkbox", (child: ReturnType<typeof h>) => h(DropdownMenuCheckboxItem, { asChild: true, checked: true }, child)],
    ["radio", (child: ReturnType<typeof h>) => h(DropdownMenuRadioGroup, { value: "a" }, h(DropdownMenuRadioItem, { asChild: true, value: "a" }, child))],
  ])("the %s item takes a link child the same way", (_, item) => {
    const markup = openMenu(item(h("a", { href: "/x" }, "Label")));
    expect(markup).toMatch(/<a\b[^>]*role="menuitem(checkbox|radio)"[^>]*>.*Label.*<\/a>/);
  });

  it("without asChild it is a plain item", () => {
    expect(openMenu(h(DropdownMenuItem, {}, "Rename"))).toMatch(/<div\b[^>]*role="menuitem"[^>]*>.*Rename/);
  });
});
