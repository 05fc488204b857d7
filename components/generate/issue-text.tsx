import type { ReactNode } from "react";

/** One or more issue messages for a Field's `error` (undefined when there are none). */
export function issueText(messages: readonly string[] | undefined): ReactNode {
  if (!messages || messages.length === 0) return undefined;
  if (messages.length === 1) return messages[0];
  return (
    <span className="flex flex-col gap-1">
      {messages.map((message) => (
        <span key={message}>{message}</span>
      ))}
    </span>
  );
}
