// Server-renders a element to HTML for markup assertions (no DOM needed).
import { createElement, type ComponentType, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export function html<P extends object>(component: ComponentType<P>, props: P, ...children: ReactNode[]): string {
  return renderToStaticMarkup(createElement(component, props, ...children));
}

export { createElement as h };
