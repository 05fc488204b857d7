// A small picture of a reference: the image itself, a video's first frame, or an icon.
import { FileQuestion } from "lucide-react";
import { Spinner } from "@/components/ui/spinner";
import type { MediaGuess } from "./form-state";

export function ReferencePreview({ src, media, uploading }: { src: string; media: MediaGuess; uploading?: boolean }) {
  return (
    <div className="relative aspect-video w-24 shrink-0 overflow-hidden rounded-md border border-border bg-surface-2 sm:w-28">
      {/* A blob: URL of a picked file or any https URL the user typed: next/image can optimize neither. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      {src && media === "image" ? <img src={src} alt="" loading="lazy" className="size-full object-cover" /> : null}
      {src && media === "video" ? (
        <video src={`${src}#t=0.1`} preload="metadata" muted playsInline aria-hidden="true" className="size-full object-cover" />
      ) : null}
      {!src || media === "unknown" ? (
        <div className="flex size-full items-center justify-center text-faint">
          <FileQuestion aria-hidden="true" className="size-5" />
        </div>
      ) : null}
      {uploading ? (
        <div className="absolute inset-0 flex items-center justify-center bg-surface/70">
          <Spinner size="sm" label="Uploading" />
        </div>
      ) : null}
    </div>
  );
}
