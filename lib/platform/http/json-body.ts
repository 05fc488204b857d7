// Reading a JSON request body: only as application/json (or a +json type) in UTF-8, and only
// text the database can store. An empty body is an empty object, whatever its type.
import "server-only";
import { AppError, validationFailed } from "@/lib/contracts/errors";
import { invalidTextIssues } from "@/lib/rules/text";

/** Whether a Content-Type header names JSON: application/json or application/*+json, UTF-8 if a charset is given. */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json" && !/^application\/[a-z0-9!#$&^_.-]+\+json$/.test(type)) return false;
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/^"|"$/g, "");
  return charset === undefined || charset === "utf-8" || charset === "utf8";
}

export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  if (!isJsonContentType(req.headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with the header Content-Type: application/json.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON.");
  }
  const issues = invalidTextIssues(value);
  if (issues.length) throw validationFailed(issues);
  return value;
}
