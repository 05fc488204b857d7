"use client";

// The references with the names the prompt uses for them (character1…, Image 1…) and thumbnails.
import { AudioLines, ImageIcon, Video } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { referenceNames } from "@/lib/rules/models/references";
import type { ReferenceType } from "@/lib/rules/models/types";
import { formatSeconds } from "../cost";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { DetailSection } from "./detail-section";

const TYPE_LABEL: Record<ReferenceType, string> = { image: "Image", video: "Video", first_frame: "First frame" };

export function ReferenceList({ g }: { g: GenerationItem }) {
  const references = g.request.references ?? [];
  if (references.length === 0) return null;
  const types = references.map((ref, i) => ref.type ?? g.estimate?.references[i]?.type ?? "image");
  const names = referenceNames(g.model, types);
  return (
    <DetailSection title={`References (${references.length})`}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {references.map((ref, i) => {
          const type = types[i];
          const cost = g.estimate?.references[i];
          return (
            <li key={`${ref.url}-${i}`} className="overflow-hidden rounded-lg border border-border bg-surface-2">
              <a
                href={ref.url}
                target="_blank"
                rel="noreferrer noopener"
                className="relative block aspect-video bg-surface-3"
                aria-label={`Open reference ${names[i] ?? i + 1} in a new tab`}
              >
                {type === "video" ? (
                  <video src={`${ref.url}#t=0.1`} preload="metadata" muted playsInline tabIndex={-1} aria-hidden className="size-full object-cover" />
                ) : (
                  // A reference is any https URL the user gave: next/image would need every host allowed and make the server fetch it.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={ref.url} alt="" loading="lazy" className="size-full object-cover" />
                )}
                <span className="absolute top-1.5 left-1.5 rounded bg-black/65 p-1 text-white">
                  {type === "video" ? <Video aria-hidden className="size-3" /> : <ImageIcon aria-hidden className="size-3" />}
                </span>
              </a>
              <div className="space-y-1 p-2 text-xs">
                <div className="flex items-center justify-between gap-1">
                  {names[i] ? (
                    <Badge size="sm" tone="accent" className="font-mono">
                      {names[i]}
                    </Badge>
                  ) : (
                    <span className="text-muted">{TYPE_LABEL[type]}</span>
                  )}
                  {names[i] && <span className="text-muted">{TYPE_LABEL[type]}</span>}
                </div>
                {cost && type === "video" && (
                  <p className="text-muted">
                    {formatSeconds(cost.durationSeconds)} long · billed {formatSeconds(cost.billedSeconds)}
                  </p>
                )}
                {ref.voiceUrl && (
                  <a href={ref.voiceUrl} target="_blank" rel="noreferrer noopener" className="flex items-center gap-1 text-accent-text hover:underline">
                    <AudioLines aria-hidden className="size-3" /> Voice sample
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </DetailSection>
  );
}
