import type { z } from "zod";
import { sentenceCase } from "@/lib/rules/models/messages";
import type { Issue } from "@/lib/rules/models/types";

/** zod issues → the API's {path, message} issues (paths joined with dots, messages in sentence case). */
export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: sentenceCase(
      issue.code === "unrecognized_keys"
        ? `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.`
        : issue.code === "invalid_type" && issue.input === undefined
          ? `${issue.path.map(String).join(".") || "value"} is required.`
          : issue.message,
    ),
  }));
}
