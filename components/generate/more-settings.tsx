"use client";

// Less-used settings, folded away: negative prompt, prompt extend, watermark, seed. Opens by
// itself when one of them has a problem or a value.
import { useId, useState } from "react";
import { ChevronDown, Dices } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { RegionalModel } from "./catalog-view";
import type { FormState, SettableField } from "./form-state";
import { issueText } from "./issue-text";

interface MoreSettingsProps {
  model: RegionalModel;
  state: FormState;
  set: (patch: Partial<Pick<FormState, SettableField>>) => void;
  issuesAt: (location: string) => string[] | undefined;
}

const FIELDS = ["negativePrompt", "promptExtend", "watermark", "seed"] as const;

export function MoreSettings({ model, state, set, issuesAt }: MoreSettingsProps) {
  const panelId = useId();
  const takes = (field: (typeof FIELDS)[number]) => model.acceptedFields.includes(field);
  const shown = FIELDS.filter(takes);
  const hasProblem = shown.some((field) => issuesAt(field)?.length);
  const [open, setOpen] = useState(() => Boolean(state.negativePrompt || state.seed));
  if (shown.length === 0) return null;
  const expanded = open || hasProblem;
  const seedMax = model.limits.seedMax ?? 2147483647;

  return (
    <div className="rounded-xl border border-border bg-surface">
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => setOpen(!expanded)}
        className="flex w-full items-center justify-between gap-3 rounded-xl px-5 py-3.5 text-left text-[15px] font-semibold tracking-tight hover:bg-surface-2/50 focus-visible:outline-hidden focus-visible:ring-3 focus-visible:ring-ring/30"
      >
        <span>
          More settings
          <span className="ml-2 text-[13px] font-normal text-muted">{shown.map((field) => LABELS[field].toLowerCase()).join(", ")}</span>
        </span>
        <ChevronDown aria-hidden="true" className={cn("size-4 shrink-0 text-muted transition-transform", expanded && "rotate-180")} />
      </button>
      <div id={panelId} hidden={!expanded} className="grid gap-5 border-t border-border px-5 pt-4 pb-5">
        {takes("negativePrompt") ? (
          <Field label={LABELS.negativePrompt} optional hint="What to keep out of the video." error={issueText(issuesAt("negativePrompt"))}>
            <Textarea
              rows={2}
              maxLength={model.limits.negativePromptMaxChars ?? undefined}
              placeholder="blurry, low quality, text overlays"
              value={state.negativePrompt}
              onChange={(event) => set({ negativePrompt: event.target.value })}
            />
          </Field>
        ) : null}
        {takes("promptExtend") ? (
          <Switch
            label={LABELS.promptExtend}
            description="Lets the model rewrite the prompt into a richer one. Better results from short prompts; less literal."
            checked={state.promptExtend ?? model.defaults.promptExtend ?? false}
            onCheckedChange={(promptExtend) => set({ promptExtend })}
          />
        ) : null}
        {takes("watermark") ? (
          <Switch
            label={LABELS.watermark}
            description="Adds the provider's watermark in a corner."
            checked={state.watermark ?? model.defaults.watermark}
            onCheckedChange={(watermark) => set({ watermark })}
          />
        ) : null}
        {takes("seed") ? (
          <Field
            label={LABELS.seed}
            optional
            hint={`0 to ${seedMax.toLocaleString("en-US")}; the same seed and settings give similar results. Empty: random.`}
            error={issueText(issuesAt("seed"))}
          >
            <div className="flex gap-2">
              <Input inputMode="numeric" placeholder="Random" value={state.seed} onChange={(event) => set({ seed: event.target.value })} />
              <Button variant="outline" aria-label="Pick a random seed" onClick={() => set({ seed: String(Math.floor(Math.random() * seedMax)) })}>
                <Dices />
              </Button>
            </div>
          </Field>
        ) : null}
      </div>
    </div>
  );
}

const LABELS = { negativePrompt: "Negative prompt", promptExtend: "Prompt extend", watermark: "Watermark", seed: "Seed" } as const;
