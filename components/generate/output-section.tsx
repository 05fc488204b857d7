"use client";

// The shape of the video: size (or resolution + ratio), duration, sound and shot type.
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import type { Ratio, Tier } from "@/lib/rules/models/types";
import { ChoiceGroup } from "./choice-group";
import { DurationField } from "./duration-field";
import { formatSize, type RegionalModel } from "./catalog-view";
import type { FormState, SettableField } from "./form-state";
import { issueText } from "./issue-text";
import { AudioTrackField } from "./audio-track-field";

interface OutputSectionProps {
  model: RegionalModel;
  state: FormState;
  set: (patch: Partial<Pick<FormState, SettableField>>) => void;
  issuesAt: (location: string) => string[] | undefined;
  sampleTrackUrl: string | null;
}

const RATIO_NAMES: Record<string, string> = { "16:9": "landscape", "9:16": "portrait", "1:1": "square", "4:3": "classic", "3:4": "classic portrait" };

export function OutputSection({ model, state, set, issuesAt, sampleTrackUrl }: OutputSectionProps) {
  const output = model.output;
  return (
    <div className="grid gap-5">
      {output.kind === "size" ? (
        <Field label="Size" error={issueText(issuesAt("size"))}>
          <Select
            value={state.size ?? model.defaults.size ?? undefined}
            onValueChange={(size) => set({ size })}
            options={output.tiers.map(({ tier, sizes }) => ({
              label: tier,
              options: sizes.map((option) => ({
                value: option.size,
                label: `${formatSize(option.size)} · ${option.ratio} ${RATIO_NAMES[option.ratio] ?? ""}`.trim(),
                textValue: option.size,
              })),
            }))}
          />
        </Field>
      ) : (
        <div className="grid gap-5 sm:grid-cols-2">
          <ChoiceGroup
            label="Resolution"
            name="resolution"
            value={state.resolution ?? model.defaults.resolution ?? undefined}
            onChange={(resolution: Tier) => set({ resolution })}
            choices={output.resolutions.map((tier) => ({ value: tier, label: tier }))}
            error={issueText(issuesAt("resolution"))}
          />
          <ChoiceGroup
            label="Aspect ratio"
            name="ratio"
            value={state.ratio ?? model.defaults.ratio ?? undefined}
            onChange={(ratio: Ratio) => set({ ratio })}
            choices={output.ratios.map((ratio) => ({ value: ratio, label: ratio }))}
            error={issueText(issuesAt("ratio"))}
            hint={state.references.some((ref) => ref.type === "first_frame") ? "A first frame sets the shape; the ratio is not sent." : undefined}
          />
        </div>
      )}
      <DurationField durations={model.durations} value={state.duration} onChange={(duration) => set({ duration })} issues={issuesAt("duration")} />
      <SoundRow model={model} state={state} set={set} issues={issuesAt("audio")} />
      {model.acceptedFields.includes("audioUrl") ? (
        <AudioTrackField value={state.audioUrl} onChange={(audioUrl) => set({ audioUrl })} issues={issuesAt("audioUrl")} sampleUrl={sampleTrackUrl} />
      ) : null}
      {model.shotType ? <ShotTypeChoice model={model} state={state} set={set} issues={issuesAt("shotType")} /> : null}
    </div>
  );
}

function SoundRow({ model, state, set, issues }: { model: RegionalModel; state: FormState; set: OutputSectionProps["set"]; issues?: string[] }) {
  if (model.audio.output === "optional") {
    return (
      <div className="flex flex-col gap-1.5">
        <Switch
          label="Sound"
          description="Turn off for a silent video (only this model can make one)."
          checked={state.audio ?? model.defaults.audio}
          onCheckedChange={(audio) => set({ audio })}
        />
        {issues?.length ? <p className="text-[13px] text-danger">{issueText(issues)}</p> : null}
      </div>
    );
  }
  const text =
    model.audio.output === "always"
      ? model.audio.voiceSample
        ? "Always with sound; a voice sample on a reference sets the voice."
        : "Always with synced sound."
      : "Silent video.";
  return (
    <div className="flex flex-col gap-0.5">
      <span className="text-[13px] font-medium leading-5">Sound</span>
      <p className="text-[13px] leading-5 text-muted">{text}</p>
      {issues?.length ? <p className="text-[13px] text-danger">{issueText(issues)}</p> : null}
    </div>
  );
}

function ShotTypeChoice({ model, state, set, issues }: { model: RegionalModel; state: FormState; set: OutputSectionProps["set"]; issues?: string[] }) {
  const needsExtend = model.shotType?.requiresPromptExtend ?? false;
  const extendOn = state.promptExtend ?? model.defaults.promptExtend ?? false;
  const off = needsExtend && !extendOn;
  const fallback = model.defaults.shotType ?? undefined;
  return (
    <ChoiceGroup
      label="Shots"
      name="shotType"
      value={off ? undefined : (state.shotType ?? fallback)}
      onChange={(shotType: "single" | "multi") => set({ shotType })}
      choices={[
        { value: "single", label: "Single shot", disabled: off },
        { value: "multi", label: "Multi-shot", disabled: off },
      ]}
      hint={off ? "Shot type needs prompt extend on (More settings)." : fallback ? undefined : "Leave unset to let the model decide."}
      error={issueText(issues)}
    />
  );
}
