"use client";

// The prompt, with chips that insert reference names (character1…, Image 1…) at the cursor.
import { useRef } from "react";
import { Plus } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { issueText } from "./issue-text";
import { insertAt } from "./prompt-insert";

interface PromptFieldProps {
  value: string;
  onChange: (prompt: string) => void;
  maxChars: number;
  /** Names the prompt can use for the references, in order. */
  names: string[];
  issues: string[] | undefined;
  placeholder: string;
}

export function PromptField({ value, onChange, maxChars, names, issues, placeholder }: PromptFieldProps) {
  const ref = useRef<HTMLTextAreaElement>(null);

  function insert(name: string) {
    const area = ref.current;
    const start = area?.selectionStart ?? value.length;
    const end = area?.selectionEnd ?? value.length;
    const next = insertAt(value, start, end, name);
    onChange(next.text);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  }

  return (
    <Field label="Prompt" required error={issueText(issues)}>
      <div className="flex flex-col gap-2">
        {names.length > 0 ? (
          <div role="group" aria-label="Insert a reference name into the prompt" className="flex flex-wrap items-center gap-1.5">
            <span className="text-xs text-muted">Insert:</span>
            {names.map((name) => (
              <button
                key={name}
                type="button"
                onClick={() => insert(name)}
                className="inline-flex h-6 items-center gap-1 rounded-full border border-accent/25 bg-accent/10 px-2 text-xs font-medium text-accent-text transition-colors hover:bg-accent/15 focus-visible:outline-hidden focus-visible:ring-3 focus-visible:ring-ring/30"
              >
                <Plus aria-hidden="true" className="size-3" />
                {name}
              </button>
            ))}
          </div>
        ) : null}
        <Textarea
          ref={ref}
          rows={5}
          autoGrowMaxHeight={360}
          maxLength={maxChars}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </Field>
  );
}
