"use client";

// The request as sent: the prompt (and negative prompt, and any warnings it was accepted with),
// every parameter, and the provider's ids for support requests.
import { CopyButton } from "@/components/ui/copy-button";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { DetailSection } from "./detail-section";
import { parameterRows } from "./parameters";

export function PromptSection({ g }: { g: GenerationItem }) {
  return (
    <DetailSection title="Prompt" aside={<CopyButton value={g.prompt} label="Copy prompt" size="sm" />}>
      <p data-testid="generation-prompt" className="text-[15px] leading-relaxed whitespace-pre-wrap">
        {g.prompt}
      </p>
      {g.request.negativePrompt && (
        <div className="mt-3 border-t border-border pt-3">
          <h3 className="text-xs font-medium text-muted">Negative prompt</h3>
          <p className="mt-1 text-sm whitespace-pre-wrap">{g.request.negativePrompt}</p>
        </div>
      )}
      {g.warnings.length > 0 && (
        <ul className="mt-3 space-y-1 border-t border-border pt-3 text-xs text-warning">
          {g.warnings.map((w) => (
            <li key={`${w.path}:${w.message}`}>{w.message}</li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

export function ParametersSection({ g, modelLabel }: { g: GenerationItem; modelLabel: string }) {
  const rows = parameterRows(g.request, modelLabel, g.parameters);
  const ids = [
    { label: "Provider task id", value: g.providerTaskId },
    { label: "Provider request id", value: g.providerRequestId },
    { label: "Generation id", value: g.id },
  ].filter((row): row is { label: string; value: string } => Boolean(row.value));
  return (
    <DetailSection title="Parameters">
      <dl className="divide-y divide-border text-sm">
        {rows.map((row) => (
          <div key={row.label} className="grid grid-cols-[8rem_minmax(0,1fr)] gap-3 py-1.5">
            <dt className="text-muted">{row.label}</dt>
            <dd className={row.mono ? "font-mono text-[13px] break-all" : "break-words"}>
              {row.href ? (
                <a href={row.href} target="_blank" rel="noreferrer noopener" className="text-accent-text hover:underline">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
        {ids.map((row) => (
          <div key={row.label} className="grid grid-cols-[8rem_minmax(0,1fr)] items-center gap-x-3 py-1">
            <dt className="text-muted">{row.label}</dt>
            {/* A <dl> group holds only <dt> and <dd>: the copy button lives inside the value. */}
            <dd className="flex min-w-0 items-center gap-1">
              <span className="min-w-0 flex-1 truncate font-mono text-xs" title={row.value}>
                {row.value}
              </span>
              <CopyButton value={row.value} label={`Copy ${row.label.toLowerCase()}`} className="size-7!" />
            </dd>
          </div>
        ))}
      </dl>
    </DetailSection>
  );
}
