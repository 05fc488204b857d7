// Calls a route and checks its answer against the contract: the zod schema that OpenAPI documents
// for that method, path and status (lib/contracts/*, strict objects: a missing, extra or mistyped
// field fails). Records what was called, so the test can prove it called every route.
import { expect } from "vitest";
import type { z } from "zod";
import { apiPaths } from "@/lib/services/openapi/document";
import type { Client } from "@/tests/support/client";

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: z.ZodType }> }>;
}
const paths = apiPaths as Record<string, Record<string, Operation | undefined> | undefined>;

export const called = new Set<string>();

/** The documented JSON schema of one answer; a status the document does not name fails. */
export function documentedSchema(method: string, pattern: string, status: number): z.ZodType {
  const operation = paths[pattern.replace(/\[([^\]]+)\]/g, "{$1}")]?.[method.toLowerCase()];
  const schema = operation?.responses?.[String(status)]?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`${method} ${pattern} answered ${status}, which OpenAPI does not document as JSON`);
  return schema;
}

export function parsed(method: string, pattern: string, status: number, body: unknown, schema = documentedSchema(method, pattern, status)) {
  const result = schema.safeParse(body);
  if (!result.success) throw new Error(`${method} ${pattern} ${status} does not match its contract: ${result.error.message}\n${JSON.stringify(body)}`);
  return body;
}

interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  expect: number;
  /** A stricter schema than the documented one (e.g. one branch of a union). */
  schema?: z.ZodType;
}

/** A JSON route: the status must be the expected one and the body must parse with its contract. */
export async function call(c: Client, method: string, pattern: string, url: string, options: CallOptions): Promise<any> {
  called.add(`${method} ${pattern}`);
  const res = await c.json(url, { method, body: options.body, headers: options.headers });
  expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBe(options.expect);
  expect(res.headers.get("content-type"), `${method} ${url}`).toMatch(/^application\/json/);
  return parsed(method, pattern, res.status, res.body, options.schema);
}

/** A route that answers a file or CSV: status and media type. */
export async function callRaw(
  c: Client,
  method: string,
  pattern: string,
  url: string,
  expected: { status: number; type: RegExp; headers?: Record<string, string> },
) {
  called.add(`${method} ${pattern}`);
  const res = await c.fetch(url, { method, headers: expected.headers });
  await res.arrayBuffer();
  expect(res.status, `${method} ${url}`).toBe(expected.status);
  expect(res.headers.get("content-type"), `${method} ${url}`).toMatch(expected.type);
  return res;
}
