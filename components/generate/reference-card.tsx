"use client";

// One reference: preview, the name the prompt uses for it, its kind, length and billed seconds;
// move, remove, and (wan2.7) first-frame and voice-sample options.
import { useState } from "react";
import { ArrowDown, ArrowUp, CircleAlert, Mic, X } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { Field } from "@/components/ui/field";
import type { PartialReferenceCost } from "@/lib/rules/billing/partial-estimate";
import type { ReferenceType } from "@/lib/rules/models/types";
import type { ReferenceDraft } from "./form-state";
import { ReferencePreview } from "./reference-preview";
import { issueText } from "./issue-text";

export interface ReferenceCardProps {
  draft: ReferenceDraft;
  index: number;
  count: number;
  /** The prompt name (character1, Image 1…), or null for a first frame. */
  name: string | null;
  kind: ReferenceType | undefined;
  /** From the estimate; while the request is refused, a figure may be null. */
  cost: PartialReferenceCost | undefined;
  takesFirstFrame: boolean;
  takesVoice: boolean;
  /** Another reference already carries the (single) voice sample. */
  voiceElsewhere: boolean;
  /** Demo mode: a sample voice file the simulator serves. */
  sampleVoiceUrl: string | null;
  issues: string[] | undefined;
  onChange: (patch: Partial<ReferenceDraft>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

const KIND_LABELS: Record<ReferenceType, string> = { image: "Image", video: "Video", first_frame: "First frame" };

function seconds(value: number): string {
  return `${Number(value.toFixed(2))} s`;
}

export function ReferenceCard(props: ReferenceCardProps) {
  const { draft, index, count, name, kind, cost } = props;
  const position = `reference ${index + 1}`;
  const isImage = kind === "image" || kind === "first_frame" || (!kind && draft.media === "image");
  const [voiceOpen, setVoiceOpen] = useState(Boolean(draft.voiceUrl));
  const canVoice = props.takesVoice && kind !== "first_frame";
  return (
    <li className="rounded-lg border border-border bg-surface p-3" data-testid="reference-card">
      <div className="flex items-start gap-3">
        <ReferencePreview src={draft.previewUrl ?? draft.url} media={kind === "first_frame" ? "image" : (kind ?? draft.media)} uploading={draft.uploading} />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-1.5">
            {name ? (
              <Badge tone="accent" size="sm" className="font-mono">
                {name}
              </Badge>
            ) : null}
            <Badge size="sm">{kind ? KIND_LABELS[kind] : draft.uploading ? "Uploading…" : "Detecting…"}</Badge>
          </div>
          <p className="truncate text-sm" title={draft.url || draft.label}>
            {draft.label}
          </p>
          <p className="text-xs tabular-nums text-muted">
            {cost?.durationSeconds != null ? seconds(cost.durationSeconds) : isImage ? "Still image" : "Length —"}
            <span aria-hidden="true"> · </span>
            {cost?.billedSeconds != null ? `${seconds(cost.billedSeconds)} billed` : "billed —"}
          </p>
        </div>
        <div className="flex shrink-0 flex-col gap-1 sm:flex-row">
          <Button variant="ghost" size="icon" className="size-8!" aria-label={`Move ${position} up`} disabled={index === 0} onClick={() => props.onMove(-1)}>
            <ArrowUp />
          </Button>
          <Button
            variant="ghost"
            size="icon"
            className="size-8!"
            aria-label={`Move ${position} down`}
            disabled={index === count - 1}
            onClick={() => props.onMove(1)}
          >
            <ArrowDown />
          </Button>
          <Button variant="ghost" size="icon" className="size-8!" aria-label={`Remove ${position}`} onClick={props.onRemove}>
            <X />
          </Button>
        </div>
      </div>
      {props.takesFirstFrame && isImage ? (
        <Switch
          size="sm"
          className="mt-3"
          label="Use as first frame"
          description="The video opens on this image (it then gets no prompt name)."
          checked={kind === "first_frame"}
          onCheckedChange={(on) => props.onChange({ type: on ? "first_frame" : "image" })}
        />
      ) : null}
      {canVoice && (voiceOpen || draft.voiceUrl) ? (
        <Field
          label={`Voice sample for ${name ?? position}`}
          optional
          className="mt-3"
          labelAside={
            props.sampleVoiceUrl && draft.voiceUrl !== props.sampleVoiceUrl ? (
              <Button variant="ghost" size="sm" className="h-6! px-1.5!" onClick={() => props.onChange({ voiceUrl: props.sampleVoiceUrl! })}>
                Use sample voice
              </Button>
            ) : undefined
          }
        >
          <Input
            type="url"
            inputMode="url"
            leading={<Mic />}
            placeholder="https://…/voice.wav (WAV or MP3, 1-10 s)"
            value={draft.voiceUrl ?? ""}
            onChange={(event) => props.onChange({ voiceUrl: event.target.value })}
          />
        </Field>
      ) : canVoice && !props.voiceElsewhere ? (
        <Button variant="ghost" size="sm" className="mt-2" onClick={() => setVoiceOpen(true)}>
          <Mic />
          Add a voice sample
        </Button>
      ) : null}
      {draft.uploadError || props.issues?.length ? (
        <p className="mt-2 flex items-start gap-1.5 text-[13px] leading-5 text-danger">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
          <span>{draft.uploadError ?? issueText(props.issues)}</span>
        </p>
      ) : null}
    </li>
  );
}
