"use client";

// Ways to add a reference: drop or pick files (uploaded), paste a URL, or (demo mode) one click
// on a sample file the simulator serves.
import { useRef, useState, type DragEvent, type FormEvent } from "react";
import { FlaskConical, Link2, Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import type { SimulatorSamplesJson } from "@/lib/contracts/instance";
import { ACCEPTED_REFERENCE_TYPES } from "./upload-file";

export type SampleFile = SimulatorSamplesJson["samples"][number];

interface ReferenceAddersProps {
  disabled: boolean;
  onFiles: (files: File[]) => void;
  onUrl: (url: string) => void;
  samples: SampleFile[];
  onSample: (sample: SampleFile) => void;
  usedUrls: ReadonlySet<string>;
}

export function ReferenceAdders({ disabled, onFiles, onUrl, samples, onSample, usedUrls }: ReferenceAddersProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [url, setUrl] = useState("");

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  }

  function addUrl(event: FormEvent) {
    event.preventDefault();
    const trimmed = url.trim();
    if (!trimmed || disabled) return;
    onUrl(trimmed);
    setUrl("");
  }

  const visualSamples = samples.filter((sample) => sample.kind !== "audio");
  return (
    <div className="grid gap-3">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="reference-dropzone"
        className={cn(
          "flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-border-strong px-4 py-5 text-center transition-colors",
          dragging && "border-accent bg-accent/5",
          disabled && "opacity-60",
        )}
      >
        <Upload aria-hidden="true" className="size-5 text-muted" />
        <p className="text-sm text-muted">
          Drop images or videos here, or{" "}
          <button
            type="button"
            disabled={disabled}
            onClick={() => fileInput.current?.click()}
            className="font-medium text-accent-text underline-offset-2 hover:underline focus-visible:outline-hidden focus-visible:ring-3 focus-visible:ring-ring/30 disabled:no-underline"
          >
            choose files
          </button>
        </p>
        <p className="text-xs text-faint">PNG, JPEG, WEBP, BMP up to 20 MB · MP4, MOV up to 100 MB</p>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPTED_REFERENCE_TYPES}
          aria-label="Upload reference files"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      <form onSubmit={addUrl} className="flex gap-2">
        <Input
          type="url"
          inputMode="url"
          aria-label="Reference URL"
          placeholder="Or paste a public image or video URL"
          leading={<Link2 />}
          value={url}
          disabled={disabled}
          onChange={(event) => setUrl(event.target.value)}
        />
        <Button type="submit" variant="outline" disabled={disabled || url.trim() === ""}>
          Add
        </Button>
      </form>
      {visualSamples.length > 0 ? (
        <div role="group" aria-label="Sample references" className="flex flex-wrap items-center gap-1.5">
          <span className="inline-flex items-center gap-1 text-xs text-muted">
            <FlaskConical aria-hidden="true" className="size-3.5" /> Samples:
          </span>
          {visualSamples.map((sample) => (
            <Button
              key={sample.name}
              variant="secondary"
              size="sm"
              disabled={disabled || usedUrls.has(sample.url)}
              onClick={() => onSample(sample)}
              aria-label={`Add sample ${sample.name}`}
            >
              {sample.name}
              {sample.durationSeconds ? <span className="text-muted">{sample.durationSeconds} s</span> : null}
            </Button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
