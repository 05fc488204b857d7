"use client";

// The r2v references: the list (named, costed, reorderable) and the ways to add more.
import { useState } from "react";
import { Banner } from "@/components/ui/banner";
import type { PartialReferenceCost } from "@/lib/rules/billing/partial-estimate";
import type { ReferenceType } from "@/lib/rules/models/types";
import type { RegionalModel } from "./catalog-view";
import { guessMedia, labelOfUrl, newReferenceKey, type FormAction, type ReferenceDraft } from "./form-state";
import { ReferenceAdders, type SampleFile } from "./reference-adders";
import { ReferenceCard } from "./reference-card";
import { uploadFile } from "./upload-file";
import { issueText } from "./issue-text";

interface ReferencesSectionProps {
  model: RegionalModel;
  references: ReferenceDraft[];
  /** Per reference: its prompt name and kind as the form knows them. */
  names: (string | null)[];
  kinds: (ReferenceType | undefined)[];
  costs: (PartialReferenceCost | undefined)[];
  dispatch: (action: FormAction) => void;
  issuesAt: (location: string) => string[] | undefined;
  samples: SampleFile[];
}

function typeOfContent(contentType: string): ReferenceType | undefined {
  if (contentType.startsWith("image/")) return "image";
  if (contentType.startsWith("video/")) return "video";
  return undefined;
}

/** ["image", "video", "first_frame"] → "images, videos or one first frame" */
function describeTypes(types: readonly ReferenceType[]): string {
  const words = types.map((type) => (type === "first_frame" ? "one first frame" : `${type}s`));
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}` : words.join("");
}

export function ReferencesSection({ model, references, names, kinds, costs, dispatch, issuesAt, samples }: ReferencesSectionProps) {
  const [unreachableNote, setUnreachableNote] = useState<string | null>(null);
  const limits = model.references;
  const max = limits?.maxTotal ?? 5;
  const full = references.length >= max;

  async function upload(files: File[]) {
    for (const file of files.slice(0, Math.max(0, max - references.length))) {
      const key = newReferenceKey();
      const previewUrl = URL.createObjectURL(file);
      const type = typeOfContent(file.type);
      dispatch({
        type: "addReference",
        reference: { key, url: "", type, media: guessMedia(file.name, file.type), label: file.name, previewUrl, uploading: true },
      });
      try {
        const answer = await uploadFile(file);
        dispatch({ type: "updateReference", key, patch: { url: answer.url, uploading: false, type: type ?? typeOfContent(answer.contentType) } });
        if (!answer.reachable && answer.note) setUnreachableNote(answer.note);
      } catch (error) {
        const message = error instanceof Error ? error.message : "The upload failed; try again.";
        dispatch({ type: "updateReference", key, patch: { uploading: false, uploadError: message } });
      }
    }
  }

  function addUrl(url: string) {
    dispatch({ type: "addReference", reference: { key: newReferenceKey(), url, media: guessMedia(url), label: labelOfUrl(url) } });
  }

  function addSample(sample: SampleFile) {
    const type = sample.kind === "video" ? "video" : "image";
    dispatch({ type: "addReference", reference: { key: newReferenceKey(), url: sample.url, type, media: type, label: sample.name } });
  }

  return (
    <div className="grid gap-4">
      <p className="text-[13px] leading-5 text-muted">
        {limits ? `${limits.min}-${limits.maxTotal} references: ${describeTypes(limits.types)}. ` : null}
        {limits?.naming === "media"
          ? "The prompt names them Image 1, Video 1 and so on, counted per type (a first frame has no name)."
          : "The prompt names them character1, character2 and so on, in list order."}
      </p>
      {unreachableNote ? (
        <Banner tone="warning" title="The provider cannot fetch uploaded files from this app's address" onDismiss={() => setUnreachableNote(null)}>
          {unreachableNote}
        </Banner>
      ) : null}
      {references.length > 0 ? (
        <ol aria-label="References" className="grid gap-2">
          {references.map((draft, index) => (
            <ReferenceCard
              key={draft.key}
              draft={draft}
              index={index}
              count={references.length}
              name={names[index] ?? null}
              kind={kinds[index]}
              cost={costs[index]}
              takesFirstFrame={(limits?.maxFirstFrames ?? 0) > 0}
              takesVoice={model.audio.voiceSample !== null}
              voiceElsewhere={references.some((other) => other.key !== draft.key && Boolean(other.voiceUrl?.trim()))}
              sampleVoiceUrl={samples.find((sample) => sample.kind === "audio" && sample.name.startsWith("voice"))?.url ?? null}
              issues={issuesAt(`references.${index}`)}
              onChange={(patch) => dispatch({ type: "updateReference", key: draft.key, patch })}
              onMove={(offset) => dispatch({ type: "moveReference", key: draft.key, offset })}
              onRemove={() => {
                if (draft.previewUrl) URL.revokeObjectURL(draft.previewUrl);
                dispatch({ type: "removeReference", key: draft.key });
              }}
            />
          ))}
        </ol>
      ) : null}
      {issuesAt("references")?.length ? <p className="text-[13px] leading-5 text-danger">{issueText(issuesAt("references"))}</p> : null}
      <ReferenceAdders
        disabled={full}
        onFiles={(files) => void upload(files)}
        onUrl={addUrl}
        samples={samples}
        onSample={addSample}
        usedUrls={new Set(references.map((ref) => ref.url))}
      />
      {full ? (
        <p className="text-[13px] text-muted">
          {max} of {max} references: remove one to add another.
        </p>
      ) : null}
    </div>
  );
}
