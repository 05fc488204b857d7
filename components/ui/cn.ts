import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names (strings, arrays, `{ class: condition }` objects).
 * It does not resolve conflicting utilities: when a caller must override a base
 * utility of a component, use Tailwind's important suffix (e.g. `w-full!`).
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}

export type { ClassValue };
